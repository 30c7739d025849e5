print(2.0 ** 1023, 2.0 ** -1022, 2.0 ** -1074)
try:
    2.0 ** 1024
except OverflowError as e:
    print("OverflowError:", e)
try:
    10.0 ** 400
except OverflowError as e:
    print("OverflowError:", e)
print(1.0 ** float("inf"), 0.5 ** float("inf"), 2.0 ** float("-inf"))
print(float("nan") ** 0, 1 ** float("nan"))
print((-8) ** 2.0, 4 ** -0.5)
print(2 ** 0.5 == 2 ** 0.5, 3 ** 2.0, 0.0 ** 0.0)
print(1e200 * 1e200, (1e200 * 1e200) - (1e200 * 1e200))
