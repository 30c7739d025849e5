# expect: jit
# an outer while bounded by a global constant, two counters, and a global rebound at the end
LIMIT = 4000

def run():
    a = 0
    b = 0
    n = 0
    while n < LIMIT:
        m = n % 9
        while m:
            a += m
            m -= 1
        b += 2
        n += 1
    return a, b, n

print(run())
LIMIT = 10
print(run())
