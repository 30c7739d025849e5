vals = (0.0, -0.0, 1.0, 10.0, 100000.0, 1000000.0, 1234567.0, 0.0001, 0.00001, 0.000123456, 3.14159265358979, 1e16, 123.456, 1.5e-300)
for v in vals:
    print(format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, ".10G"), format(v, ".1g"), format(v, ".0g"), format(v, ""))
print(format(float("inf"), "g"), format(float("-inf"), "G"), format(float("nan"), "G"))
print(format(2.5, ".0g"), format(3.5, ".1g"), format(123, "g"), format(1234567, "g"), format(123, ".2g"))
print(format(0.1, ".17g"), format(0.1, ".20g"), format(1 / 3, ".5"), format(1e22, ".3"))
print(format(1.0, "n"), format(1234.5, "n"), format(1e20, "n"))
