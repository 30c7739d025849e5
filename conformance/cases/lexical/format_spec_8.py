# g formatting: switching between fixed and exponent
for v in [0.0, 1.0, 10.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1e-10, 1e100, -2.5]:
    print(format(v, "g"), format(v, ".3g"), format(v, "#g"), format(v, ".1g"), format(v, ".0g"))
print(format(100000, "g"), format(1000000, "g"), format(999999.5, "g"))
print(format(0.5, ".0g"), format(1.5, ".0g"), format(2.5, ".1g"))
print(format(123.456, "#.3g"), format(1.0, "#.3g"), format(0.0, "#g"))
print(format(1e16, "g"), format(1e15, ".16g"), format(1e16, ".17g"))
