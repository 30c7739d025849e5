# expect: jit
# the function whose loop was inlined is rebound halfway: the new one runs from then on
def count(n):
    c = 0
    while n > 0:
        c += n & 1
        n >>= 1
    return c

def other(n):
    c = 0
    while n > 0:
        c += 1
        n //= 3
    return c

def f(n):
    global count
    s = 0
    for i in range(n):
        if i == n // 2:
            count = other
        s += count(i)
    return s

print(f(12000))
