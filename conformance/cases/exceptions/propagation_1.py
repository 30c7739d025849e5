# exceptions propagate out of comprehensions, lambdas, generators and key functions
def key(x):
    if x == 3:
        raise ValueError("bad key " + str(x))
    return -x
data = [5, 3, 1]
try:
    data.sort(key=key)
except ValueError as e:
    print("sort failed:", e, "| list unchanged:", data)
try:
    print(sorted([1, 2], key=lambda v: 1 / (v - 2)))
except ZeroDivisionError as e:
    print("sorted failed:", e)
try:
    squares = {n: 10 // n for n in [5, 2, 0, 1]}
except ZeroDivisionError as e:
    print("dict comprehension failed:", e)
try:
    total = sum(10 // n for n in [1, 0])
except ZeroDivisionError:
    print("generator expression failed inside sum")
try:
    list(map(int, ["1", "2", "x"]))
except ValueError as e:
    print("map failed:", e)
try:
    max([1, 2], key=lambda v: v.missing)
except AttributeError as e:
    print("max key failed:", e)
def level(n):
    if n == 0:
        raise LookupError("bottom")
    return level(n - 1)
try:
    level(20)
except LookupError as e:
    print("propagated through 20 frames:", e)
