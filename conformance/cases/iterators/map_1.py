print(list(map(abs, [-1, 2, -3])), list(map(str.upper, "abc")), list(map(int, ["1", "-2"])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(map(lambda a, b: (a, b), "abc", [1])), list(map(len, [])))
m = map(str, range(3))
print(type(m).__name__, next(m), list(m), list(m))
print(list(map(max, [1, 5], [4, 2], [3, 3])), sum(map(len, ["ab", "c"])))
def show(x):
    print("called", x)
    return x * 10
lazy = map(show, [1, 2, 3])
print("created")
print(next(lazy))
print(list(lazy))
try:
    map(abs)
except TypeError as e:
    print("TypeError:", e)
try:
    list(map(abs, ["x"]))
except TypeError as e:
    print("TypeError:", e)
