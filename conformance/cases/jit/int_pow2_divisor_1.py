# expect: jit
# % and // by constant powers of two become masks and shifts natively: negative operands,
# the int64 edges, a divisor of 1, and a result that leaves int64 elsewhere in the loop
def f(n):
    t = 0
    u = 0
    for i in range(-n, n):
        t += i % 8 + i // 4 + i % 1 + i // 1
        u += (i * 31) % 4096 - (i - 7) // 1048576
    return t, u

def g(n, x):
    s = 0
    for j in range(n):
        s += (x - j) // 2 + (x - j) % 4611686018427387904
    return s

def h(n):
    lo = 0
    hi = 0
    for j in range(n):
        v = -9223372036854775807 + j
        lo += v // 9223372036854775807 + v % 4
        hi += v // 4611686018427387904
    return lo, hi

print(f(200000))
print(g(10000, -4611686018427387904))
print(g(10000, 9223372036854775807))
print(h(5000))
