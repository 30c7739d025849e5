a = {"x": 1}
b = {"y": 2, "x": 3}
print({**a, **b}, {**b, **a}, {**a, "x": 0}, {"x": 0, **a}, {**{}})
def f(**kw):
    return kw
print(f(**a), f(**a, z=9), f(**{"k": 1}, **{"j": 2}))
try:
    f(**a, **{"x": 2})
except TypeError as e:
    print("TypeError:", e)
try:
    f(**{1: 2})
except TypeError as e:
    print("TypeError:", e)
def g(x, y=0):
    return x + y
print(g(**{"x": 1, "y": 2}), g(**{"x": 5}))
