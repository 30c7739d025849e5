# + and * on sequences
print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"x" + b"y")
print([0] * 3, 3 * [0], "ab" * 3, (1, 2) * 2, b"-" * 4)
print([1] * 0, "abc" * -1, (1,) * -5, repr("" * 100))
print([[]] * 2, [[1, 2]] * 2)
nested = [[]] * 3
nested[0].append("shared")
print(nested)
print(True * "ab", "xy" * True, [1] * False)
try:
    print([1] + (2,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" + 1)
except TypeError as e:
    print("TypeError:", e)
try:
    print(1 + "a")
except TypeError as e:
    print("TypeError:", e)
try:
    print("a" * 2.0)
except TypeError as e:
    print("TypeError:", e)
try:
    print([1] * [2])
except TypeError as e:
    print("TypeError:", e)
try:
    print((1,) + [2])
except TypeError as e:
    print("TypeError:", e)
