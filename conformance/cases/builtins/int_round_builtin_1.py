print(int("101", 2), int("z", 36), int("0x1F", 16), int(" 42 "), int("-0b11", 0), int("9"), int(5))
print(int("7", base=8), int("ff", base=16), int(3.99), int(-3.99), int(True), int("  -0_7  "))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5, 0), round(7, 1))
print(round(5.5, None), round(-0.5), round(1.25, 1), round(1.35, 1), round(10 ** 20 + 0.5), round(123.456, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(25, -1)).__name__)
try:
    round("1")
except TypeError as e:
    print("TypeError:", e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print("TypeError:", e)
