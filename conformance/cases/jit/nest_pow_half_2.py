# expect: jit
# ** 0.5 in a nested loop over rows of exact squares, their neighbours, powers of two, subnormals
import math

def run(rows, out):
    s = 0.0
    exact = 0
    k = 0
    for row in rows:
        for x in row:
            r = x ** 0.5
            s += r
            out[k] = r
            k += 1
            if r * r == x:
                exact += 1
    h = 0
    for r in out:
        m, e = math.frexp(r)
        h = (h * 31 + int(m * 9007199254740992) + e) % 2305843009213693951
    return repr(s), exact, k, h

rows = []
for i in range(1, 700):
    k = float(i * 7919)
    sq = k * k
    rows.append([sq, sq + 1.0, sq - 1.0, sq * 4.0, sq / 4.0, sq * 2.0, k, k + 0.5,
                 2.0 ** (i - 200), 2.0 ** (i - 199) * 3.0,
                 5e-324 * i, 2.2250738585072014e-308 * i, sq * 1e-300])
print(run(rows, [0.0] * 13 * 699))
print(run([[1e-320, 4e-320, 1e308, 0.25, 2.0, 1.7976931348623157e308 / 3]], [0.0] * 6))
