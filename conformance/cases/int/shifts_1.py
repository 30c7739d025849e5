print(1 << 0, 1 << 1, 1 << 10, 1 << 64, 1 << 100)
print(5 >> 1, 5 >> 3, 5 >> 100)
print(-1 >> 1, -1 >> 100, -5 >> 1, -5 >> 2, -8 >> 3, -9 >> 3)
print(-1 << 3, -3 << 70)
print((1 << 200) >> 199, (1 << 200) >> 201)
print(-(1 << 200) >> 199, -(1 << 200) >> 201)
print((3 ** 50) >> 10, -(3 ** 50) >> 10)
print(0 << 1000, 0 >> 5)
print(True << 3, 8 >> True)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -2
except ValueError as e:
    print("ValueError:", e)
