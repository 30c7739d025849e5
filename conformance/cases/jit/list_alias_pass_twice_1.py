# expect: jit
# f(a, a): the same list passed as source and destination
def shift(src, dst, n):
    m = len(src)
    for i in range(n):
        dst[(i + 1) % m] = src[i % m] + 1
    return dst

a = [0, 0, 0, 0, 0]
r = shift(a, a, 6003)
print(r)
print(r is a)
b = [0, 0, 0, 0, 0]
print(shift(b, [0] * 5, 6003))
print(b)
