it = iter([10, 20])
print(next(it), next(it), next(it, "exhausted"))
print(list(iter("xyz")), list(iter(range(3))), list(iter({"a": 1})))
vals = iter([1, 2, 3])
print(next(vals), list(vals))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 5)))
try:
    next(iter([]))
except StopIteration:
    print("StopIteration raised")
try:
    next("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    iter(None)
except TypeError as e:
    print("TypeError:", e)
