# expect: jit
# f(a, a) with float lists: dot product of a list with itself, then in place squares
def dot(x, y, n):
    s = 0.0
    m = len(x)
    for i in range(n):
        s += x[i % m] * y[i % m]
    return s

def mul_into(x, y, n):
    m = len(x)
    for i in range(n):
        x[i % m] = (x[i % m] * y[i % m] + 0.5) % 7.5
    return x

a = [0.1, 0.2, 0.3, 1.5, -2.25]
print(repr(dot(a, a, 7000)))
print(mul_into(a, a, 6001))
print(repr(dot(a, [1.0] * 5, 6000)))
