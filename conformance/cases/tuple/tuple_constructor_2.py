print(tuple(), tuple([]), tuple(""), tuple(range(0)))
print(tuple([1, [2]]), tuple("héllo"), tuple({3: 4, 1: 2}), tuple(b"ab"))
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) == t)
print(tuple(iter([5, 6])), tuple(reversed((1, 2, 3))), tuple(sorted({3, 1, 2})))
try:
    tuple(5)
except TypeError as e:
    print("TypeError:", e)
try:
    tuple(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(isinstance((), tuple), type(()).__name__, tuple.__name__)
