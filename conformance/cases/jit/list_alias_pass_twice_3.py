# expect: jit
# f(a, a) where the first call is traced with distinct lists and a later call aliases them
def add_into(dst, src, n):
    m = len(dst)
    for i in range(n):
        dst[i % m] += src[(i + 1) % m]
    return dst

print(add_into([0] * 4, [1, 2, 3, 4], 6000))
x = [1, 2, 3, 4]
print(add_into(x, x, 40))
y = [1, 0, 0, 0]
print(sum(add_into(y, y, 6000)) % 1000003)
