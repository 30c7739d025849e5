for s in ("1", "1.5", "-1.5", "+2", "  3.25\n", ".5", "5.", "1e3", "1E-3", "-1.5e+2", "1_000.5", "0.000001", "1e500", "-1e500", "1e-500", "00012.50", "10"):
    print(repr(s), float(s))
print(float(3), float(-10 ** 20), float(True), float(), float(2 ** 100))
print(float("0.1") == 0.1, float("3.141592653589793238462643"))
print(float("1.7976931348623157e308"), float("2.2250738585072014e-308"), float("4.9e-324"))
for s in ("", "abc", "1.2.3", "1e", "e5", "--1", "1 2", "_1", "1__0", "0x10", "in f"):
    try:
        float(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    float(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
