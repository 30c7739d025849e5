print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(divmod(0, 3), divmod(3, 1), divmod(10 ** 25, 7))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, -2.5))
print(abs(0), abs(-0), abs(5), abs(-5), abs(-10 ** 30), abs(10 ** 30))
print(abs(-2.5), abs(2.5), abs(-0.0), abs(True), abs(False))
print(abs(-(2 ** 63)), abs(-(2 ** 64)))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
