for x in (1.0, 1.5, -2.0, 0.0, -0.0, 1e300, 1e-300, 2.0 ** 53 + 1, 0.1 * 10, 0.1 * 3 * 10):
    print(x, x.is_integer())
print(float("inf").is_integer(), float("nan").is_integer())
print((7 / 7).is_integer(), (7 / 2).is_integer())
print(float.is_integer(4.0))
