big = 10 ** 30
print(big + 0.5, big * 1.0, big / 1.0, 1.0 * big)
print(big - 1e30, float(big) == 1e30, big == 1e30)
print(3 ** 100 + 0.0)
print(2 ** 1000 * 0.5 == 2.0 ** 999)
try:
    print(2 ** 1024 * 1.0)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(2 ** 1024 + 0.0)
except OverflowError as e:
    print("OverflowError:", e)
print(2 ** 1024 > 1e308, 2 ** 1024 < float("inf"))
print(float(2 ** 53 + 1), float(2 ** 53 + 3), float(-(2 ** 54 + 2)))
print(float(123456789012345678901234567890))
