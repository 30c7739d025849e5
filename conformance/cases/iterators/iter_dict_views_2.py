d = {"a": 1, "b": 2, "c": 3}
ki = iter(d)
vi = iter(d.values())
ii = iter(d.items())
print(next(ki), next(vi), next(ii))
print(list(ki), list(vi), list(ii))
it = iter(d)
d["d"] = 4
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
it = iter(d)
d["a"] = 100
print(next(it), list(it))
