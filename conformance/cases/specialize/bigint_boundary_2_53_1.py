# int arithmetic around 2**53 (exact float boundary) in a hot loop
base = 2 ** 53 - 50
out = []
for i in range(100):
    v = base + i
    f = float(v)
    out.append((v, int(f) == v, v - 2 ** 53, v * 2))
    if i in (0, 48, 49, 50, 51, 52, 99):
        print(out[-1], f)
print(sum(1 for o in out if o[1]))
print(2 ** 53 + 1, 2 ** 53 + 1.0, float(2 ** 53 + 1), 9007199254740993 // 1)
