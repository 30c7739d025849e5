print(float("3.5"), float(" -1e3 "), float(7), float("inf"), float("-nan"), float(True), float(), float("1_0.5"))
print(str(), str(1), str(1.0), str(None), str(b"x"), str([1]), str("s"), str(type), str(0.1 + 0.2))
print(float("1e-7"), float(2 ** 60), float("0.1") + float("0.2"))
print(repr(str(1e22)), repr(str(1e-7)), repr(str(123456789.0)))
for f in (lambda: float("x"), lambda: float([]), lambda: str(b"\xff", "ascii")):
    try:
        f()
    except (ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__ + ":", e)
