# the global name of a called function is rebound mid-loop
def helper(x):
    return x + 1

def other(x):
    return -x

def run(n):
    global helper
    s = 0
    for i in range(n):
        if i == 5000:
            helper = other
        if i == 9000:
            helper = lambda x: 0.5
        s += helper(i)
    return s

print(run(12000))
