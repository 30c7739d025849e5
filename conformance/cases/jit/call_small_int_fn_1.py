# expect: jit
# small int functions of 1, 2 and 3 args called in a hot loop
def inc(x):
    return x + 1

def mix(a, b):
    return a * 3 - b

def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x

def run(n):
    s = 0
    for i in range(n):
        s += inc(i)
        s += mix(i, s % 100)
        s = clamp(s, -1000000, 1000000)
    return s

print(run(12000))
print(run(10))
