# expect: jit
# a float local becomes an int at iteration 5000 and keeps being used as one
def run(n, at):
    x = 0.5
    s = 0
    big = 0
    for i in range(n):
        if i == at:
            x = 7
        y = x * 3
        s += y
        if y > 20:
            big += 1
    return s, big, x

print(run(12000, 5000))
print(run(12000, 0))
print(run(12000, 12000))
