import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
vals = [1.0, 1e-16, 1e-16, -1.0]
print(math.fsum(vals), sum(vals))
print(math.fsum([0.3, 0.3, 0.3, -0.9]))
print(math.fsum([1e16, 1.0, 1e-16]))
print(math.fsum([2.0 ** 53, 1.0, 2.0 ** -80]))
print(math.fsum([-(2.0 ** 53), -1.0, -(2.0 ** -80)]))
print(math.fsum([x / 7 for x in range(1000)]))
print(math.fsum([(-1) ** i / (i + 1) for i in range(2000)]))
