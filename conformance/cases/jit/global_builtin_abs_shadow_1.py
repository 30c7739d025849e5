# builtin abs shadowed by a global at iteration 3000, then deleted to restore it
def run(n):
    global abs
    s = 0
    for i in range(n):
        if i == 3000:
            abs = lambda x: -1
        if i == 7000:
            del abs
        s += abs(i - 6000)
    return s

print(run(12000))
print(abs(-5))
