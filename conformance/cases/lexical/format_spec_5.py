# precision with f e E g G % and strings
x = 1234.5678
print(format(x, "f"), format(x, ".0f"), format(x, ".1f"), format(x, ".10f"))
print(format(x, "e"), format(x, ".0e"), format(x, ".2E"), format(-x, "e"))
print(format(x, "g"), format(x, ".2g"), format(x, ".10g"), format(x, "G"))
print(format(0.000012345, "g"), format(0.000012345, ".3G"), format(1e20, "g"))
print(format(0.25, "%"), format(0.25, ".0%"), format(1/3, ".2%"), format(-1.5, "%"))
print(format(42, "f"), format(42, "e"), format(42, "g"), format(42, "%"))
print(format("hello", ".3"), format("hello", ".0"), format("hello", "10.2"), format("hi", ".10"))
print(format(1e300, "f")[:20], len(format(1e300, "f")))
print(format(0.1, ".20f"), format(2**0.5, ".15g"))
print(format(1.5, "E"), format(float("inf"), "F"), format(float("nan"), "E"), format(float("nan"), "f"))
