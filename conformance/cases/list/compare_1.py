print([1, 2] == [1, 2], [1, 2] != [2, 1], [] == [], [1] == (1,), [1] == 1)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [1, 2] <= [1, 2], [3] >= [2, 9])
print([[1, 2], [3]] < [[1, 2], [4]], [1, [2, 3]] == [1, [2, 3]])
print([1.0, True] == [1, 1], [0.0] == [False])
print(max([[1, 2], [1, 3], [0, 9]]), min([[2], [1, 5], [1]]))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]))
nan = float("nan")
x = [nan]
print(x == x, [nan] == [nan], x == [nan])
try:
    [1, 2] < [1, "a"]
except TypeError as e:
    print("TypeError:", e)
try:
    [1] < (1,)
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1], [1, 2] == [1, "a"])
