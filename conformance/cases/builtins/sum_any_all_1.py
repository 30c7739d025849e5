print(sum([1, 2, 3]), sum([]), sum([], 10), sum([1, 2], start=100), sum(range(101)), sum([0.1] * 10))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]), sum([1, 2.5, True]))
print(sum(x * x for x in range(4)), sum({1: "a", 2: "b"}), sum([10 ** 20, 1]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    sum([b"a"], b"")
except TypeError as e:
    print("TypeError:", e)
print(any([]), any([0, "", None]), any([0, 1]), any("a"), any(x > 5 for x in range(10)), any([[]]))
print(all([]), all([1, "x", [0]]), all([1, 0]), all(""), all(x < 10 for x in range(10)), all([[]]))
calls = []
def check(x):
    calls.append(x)
    return x
print(any(check(x) for x in [0, 0, 3, 4]), calls)
calls.clear()
print(all(check(x) for x in [1, 0, 3]), calls)
