import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
for a in range(1, 30):
    for b in range(a, 30):
        c = math.hypot(a, b)
        if c == int(c):
            print(a, b, int(c), math.dist((0, 0), (a, b)))
print(math.hypot(*[1.0] * 16), math.hypot(*[1e-320] * 4))
print(math.hypot(1e300, 1e300, 1e300), math.hypot(1e-300, 3e-300))
