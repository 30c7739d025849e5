print(list(range(5)), list(range(2, 7)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(5, 5)))
print(list(range(-3)), list(range(3, -3, -1)), list(range(-5, -1)), list(range(0, -10, -4)), list(range(1, 2, 100)))
print(range(5), range(1, 5), range(1, 5, 2), range(5, 1, -1), range(0), repr(range(-2, 2)))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -3)), len(range(5, 5)), len(range(5, 0)), len(range(-10, 10, 7)))
r = range(3, 20, 4)
print(r.start, r.stop, r.step, range(7).start, range(7).step)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range("3")
except TypeError as e:
    print("TypeError:", e)
print(list(range(True, 4)), range(10 ** 20, 10 ** 20 + 3)[1], range(10 ** 20)[-1])
