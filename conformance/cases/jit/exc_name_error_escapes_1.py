# a global read in a hot loop is deleted at iteration 6000: NameError escapes
LIMIT = 5

def run(n):
    global LIMIT
    s = 0
    for i in range(n):
        if i == 6000:
            del LIMIT
        s += i % LIMIT
    return s

print(run(5000))
print(run(12000))
