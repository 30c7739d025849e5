for x in (0.9, -0.9, 2.5, -2.5, 1e10, -1e10, 123.999, 1e18, 1e19, 1e22, 1.5e300):
    print(x, int(x))
print(int(2.0 ** 63), int(-(2.0 ** 63)), int(2.0 ** 64) - 2 ** 64)
print(int(1e23), int(9.999999999999999e22))
print(int(float(10 ** 20 + 1)))
print(int(1.7976931348623157e308) == 2 ** 1024 - 2 ** 971)
print(round(1e22), round(1e23), round(-1.5e20))
