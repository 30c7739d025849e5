a = {1, 2, 3, 4}
print(a.union({5}), a.union([6], (7,), "ab") == a | {6, 7, "a", "b"}, a.union())
print(a.intersection({2, 3, 9}), a.intersection([3], range(4)), a.intersection())
print(a.difference({1}), a.difference([1], (2,)), a.difference())
print(a.symmetric_difference({4, 5}), a.symmetric_difference([1, 1, 9]))
print(a.issubset(range(10)), a.issubset([1, 2]), a.issuperset([1, 2]), a.issuperset(set()))
print(a.isdisjoint({5, 6}), a.isdisjoint([4]), set().isdisjoint(set()))
b = {1, 2, 3, 4, 5}
b.intersection_update({1, 2, 3, 9}, [2, 3])
print(b)
b.difference_update([3], {0})
print(b)
b.symmetric_difference_update([2, 8])
print(b)
b.update("", [])
print(b)
print(a)
try:
    a.symmetric_difference({1}, {2})
except TypeError as e:
    print("TypeError:", e)
