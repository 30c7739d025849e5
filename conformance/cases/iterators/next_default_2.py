it = iter([None, 0, False])
print(next(it, "d"), next(it, "d"), next(it, "d"), next(it, "d"), next(it, None))
print(next(iter([]), []), next(iter(""), "empty"), next((x for x in range(10) if x > 5), -1), next((x for x in range(3) if x > 5), -1))
first = next(iter({"k": 1}.items()))
print(first)
def firstmatch(seq, pred):
    return next(filter(pred, seq), None)
print(firstmatch([1, 4, 9], lambda x: x > 3), firstmatch([], bool))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
try:
    next()
except TypeError as e:
    print("TypeError:", e)
