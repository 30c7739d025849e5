# shifts and bitwise ops across 64-bit boundary
x = 1
for i in range(130):
    y = x << i
    z = y >> max(i - 3, 0)
    w = (y | 1) & ~2
    if i in (0, 30, 31, 32, 62, 63, 64, 65, 129):
        print(i, y, z, w, y ^ (y - 1))
m = -1
for i in range(70):
    m = m << 1
print(m, m >> 69, m >> 200, -(2 ** 64) >> 1, (2 ** 64 - 1) & -(2 ** 32))
