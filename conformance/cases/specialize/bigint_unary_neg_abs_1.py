# unary minus / abs / invert in a hot loop over a boundary-straddling range
vals = []
for k in (2 ** 31, 2 ** 53, 2 ** 63, 2 ** 64):
    for d in range(-3, 4):
        vals.append(k + d)
        vals.append(-(k + d))
s = 0
for rep in range(3):
    for v in vals:
        n = -v
        a = abs(v)
        iv = ~v
        s += n + a + iv
print(s)
for v in vals[::7]:
    print(v, -v, abs(v), ~v, -(-v) == v)
