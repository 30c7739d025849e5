# errors from nested unpacking, and what was assigned before the error
a = b = c = "unset"
try:
    a, (b, c) = 1, (2, 3, 4)
except ValueError as e:
    print("ValueError:", e)
print(a, b, c)
try:
    (a, b), c = (1,), 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, (b, c) = 1, 2
except TypeError as e:
    print("TypeError:", e)
try:
    [a, [b]] = [1, []]
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, (c, d) = [1, 2, "xyz"]
except ValueError as e:
    print("ValueError:", e)
print(a, b)
x = y = 0
try:
    for x, y in [(1, 2), (3, 4, 5)]:
        print("loop", x, y)
except ValueError as e:
    print("ValueError:", e)
print(x, y)
