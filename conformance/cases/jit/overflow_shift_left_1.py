# expect: jit
# << loses no bits in Python: (v << k) >> k == v even past 64 bits
def run(n):
    ok = 0
    wide = 0
    s = 0
    for i in range(n):
        k = i % 70
        v = i + 1
        y = v << k
        if (y >> k) == v:
            ok += 1
        if y > 9223372036854775807:
            wide += 1
        s += y & 65535
        s ^= (y >> 40) & 255
    return ok, wide, s

print(run(14000))
print(run(70))
print(1 << 63, 1 << 64, -1 << 63, -1 << 64, 3 << 62)
