# expect: jit
# ** 0.5 on 0.0, -0.0, inf, -inf, nan, huge and tiny values reached in the middle of a hot loop
import math

def run(xs, out):
    s = 0.0
    big = 0.0
    other = 0
    for i in range(len(xs)):
        r = xs[i] ** 0.5
        out[i] = r
        if r - r == 0.0:
            if r < 1e10:
                s += r
            else:
                big += r
        else:
            other += 1
    return repr(s), repr(big), other

base = [i * 0.001 + 1.0 for i in range(6000)]
out = [0.0] * 6000
print(run(base, out))
specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.7976931348623157e308, 5e-324,
            1e-310, 2.2250738585072014e-308, 4.0, 1e300, 1e-300]
for k, v in enumerate(specials):
    base[3000 + k * 200] = v
print(run(base, out))
print([repr(out[3000 + k * 200]) for k in range(len(specials))])
print([math.copysign(1.0, out[3000 + k * 200]) for k in range(2)])
