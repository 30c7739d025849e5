# ** with ints, floats and negatives; pow() with three arguments
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000)
print(2 ** -1, 2 ** -3, 10 ** -2, (-2) ** -2)
print((-2) ** 3, -2 ** 3, (-2) ** 2, -2 ** 2)
print(2.0 ** 10, 2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(10 ** 20, 10.0 ** 20, 10 ** 22 == 10.0 ** 22)
print(3 ** 100)
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 7), pow(-3, 3, 7))
print(pow(2, -1, 7), pow(38, -1, 97))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
print(1.5 ** 2, (-1.5) ** 2, (-8.0) ** 3, 0.0 ** 0)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(10.0 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError:", e)
