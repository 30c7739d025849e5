for a in (7.5, -7.5, 7.0, -7.0, 0.0, 0.25):
    for b in (2.0, -2.0, 0.5, 3):
        print(a, b, a // b, a % b)
print(1e300 % 7.0, -1e300 % 7.0)
print(5.5 % float("inf"), -5.5 % float("inf"), 5.5 // float("inf"), -5.5 // float("inf"))
print(0.1 % 0.03, 3.0 % 0.1, 1.0 // 0.1, 1.0 % 0.1)
print(divmod(-5.5, 2), divmod(5.5, -2), divmod(1.0, 0.1))
