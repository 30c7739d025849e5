# expect: jit
# x ** 0.5 in a traced loop over the hard inputs: squares of midpoints between doubles and their
# neighbours (where glibc's pow is not always the rounded square root), the extremes, and zeros
def roots(xs):
    out = []
    for x in xs:
        out.append(x ** 0.5)
    return out

xs = []
m = 1.0
for k in range(6000):
    m = m * 1.0000001 + 2.0 ** -53
    xs.append(m * m)
    xs.append(m * m * (1 + 2.0 ** -52))
r = roots(xs)
print(len(r), sum(r), r[:3], r[-3:])
h = 0
for v in r:
    h = (h * 31 + hash(v)) % 1000000007
print(h)
edge = [0.0, -0.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, float("inf"),
        2.0 ** -70, 2.0 ** 70, 2.0 ** -64, 2.0 ** 64, 3.0, 1e-300, 1e300] * 400
e = roots(edge)
print([repr(v) for v in e[:13]])
print(repr(float("nan") ** 0.5))
