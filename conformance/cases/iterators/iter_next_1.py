it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
s = iter("ab")
print(next(s), next(s), next(s, "-"))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
t = iter((5,))
print(next(t), list(t), list(t))
e = iter([])
print(next(e, 0))
it2 = iter([1, 2])
print(iter(it2) is it2, list(it2))
try:
    next([1, 2])
except TypeError as ex:
    print("TypeError:", ex)
try:
    iter(5)
except TypeError as ex:
    print("TypeError:", ex)
