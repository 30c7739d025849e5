# expect: jit
# x ** 0.5 of -0.0, -inf and NaN after a traced loop over floats: -inf exits, tier 1 gives inf
def f(xs):
    out = []
    for x in xs:
        out.append(x ** 0.5)
    return out

xs = [float(k) for k in range(5000)] + [-0.0, 9.0, float("-inf"), float("nan")]
r = f(xs)
print(r[-4:], sum(r[:5000]))
