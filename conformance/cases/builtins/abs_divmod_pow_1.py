print(abs(-7), abs(7), abs(-7.5), abs(0), abs(-0.0), abs(True), abs(-10 ** 20))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-1, 10 ** 20), divmod(True, 2))
print(pow(2, 8), pow(2, -1), pow(2.5, 2), pow(-2, 3), pow(2, 0.5), pow(0, 0), pow(3, 4, 5), pow(base=2, exp=5), pow(2, 5, mod=3))
print(pow(7, -1, 13), pow(-1, 2, 5), pow(10 ** 20, 2, 97))
for f in (lambda: abs(None), lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: pow(2, 2, 0), lambda: pow(2.0, 2, 3), lambda: pow(0, -1)):
    try:
        print(f())
    except (TypeError, ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
