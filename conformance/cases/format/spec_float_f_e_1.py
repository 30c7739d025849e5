vals = (0.0, 1.0, -1.5, 3.14159265, 123456.789, 1e-7, 1.5e22, 0.5, 2.5, 0.125)
for v in vals:
    print(format(v, "f"), format(v, ".2f"), format(v, ".0f"), format(v, "e"), format(v, ".3E"), format(v, ".0e"))
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(1.0, "#.0f"), format(1.0, "#.0e"), format(12, ".2f"), format(12, "e"))
print(format(float("inf"), "f"), format(float("-inf"), "F"), format(float("nan"), "F"), format(float("nan"), "e"), format(float("inf"), "E"))
print(format(1e300, ".3f")[:20], len(format(1e300, "f")))
print(format(123.456, "10.2f"), format(123.456, "<10.1f") + "|", format(-1e-3, "012.4f"))
print(format(10 ** 20, "f"), format(2 ** 70, ".3e"))
