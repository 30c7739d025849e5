print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), range(20, 23))), dict(zip("ab", [1, 2])))
pairs = [(1, "a"), (2, "b"), (3, "c")]
nums, chars = zip(*pairs)
print(nums, chars)
z = zip("ab", [1, 2])
print(next(z), list(z), list(z))
print(list(zip(strict=True)), list(zip([1, 2], "ab", strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1], "ab", strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], "ab", [0], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    zip(1)
except TypeError as e:
    print("TypeError:", e)
