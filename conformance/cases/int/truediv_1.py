print(1 / 2, 1 / 3, 2 / 3, -1 / 3, 7 / 7, 0 / 5, -0 / 5)
print(10 / 4, -10 / 4, 10 / -4)
print(type(4 / 2).__name__, 4 / 2)
print(10 ** 30 / 10 ** 10)
print(2 ** 200 / 2 ** 100)
print((10 ** 40 + 1) / 10 ** 20)
print(1 / (10 ** 20))
print(10 ** 400 / 10 ** 399)
print((2 ** 1100) / (3 ** 600))
print(123456789012345678901234567890 / 7)
print(2 ** 53 + 1, (2 ** 53 + 1) / 1)
print((2 ** 54 + 3) / 2)
print(-(2 ** 70) / 3)
try:
    print(10 ** 400 / 3)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
