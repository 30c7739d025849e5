# CALL specialized for an exact-args function, then redefined with defaults, *args, kwargs
def f(a, b):
    return a + b

out = []
for i in range(200):
    if i == 50:
        def f(a, b, c=100):
            return a + b + c
    if i == 100:
        def f(*args):
            return len(args) * 1000 + sum(args)
    if i == 150:
        def f(a, b=0, *rest, **kw):
            return (a, b, rest, kw)
    out.append(f(i, 1))
    if i % 25 == 0 or i in (49, 50, 99, 100, 149, 150):
        print(i, out[-1])
print(len(out))
