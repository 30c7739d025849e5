# one function using every kind of parameter
def f(a, b=2, /, c=3, *args, d, e=5, **kw):
    return f"a={a} b={b} c={c} args={args} d={d} e={e} kw={kw}"
print(f(1, d=4))
print(f(1, 20, d=4))
print(f(1, 20, 30, d=4))
print(f(1, 20, 30, 40, 50, d=4, e=6, z=7))
print(f(1, c=33, d=4))
print(f(1, d=4, b=99))
print(f(*[1, 2, 3, 4], **{"d": "D", "x": "X"}))
for call in [lambda: f(), lambda: f(1), lambda: f(1, 2, 3, 4),
             lambda: f(a=1, d=4), lambda: f(1, c=1, d=2, **{"c": 3})]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
