print(int("42"), int("-42"), int("+7"), int("  12  "), int("\t-3\n"))
print(int("1_000_000"), int("0"), int("-0"), int("000123"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0XfF", 16))
print(int("777", 8), int("0o777", 8), int("101", 2), int("0b101", 2))
print(int("z", 36), int("Zz", 36), int("10", 36))
print(int("0x1f", 0), int("0o17", 0), int("0b11", 0), int("123", 0), int("1_0", 0))
print(int("1_0_0", 16), int("-0x_1f", 16))
print(int("123456789012345678901234567890"))
print(int("-99999999999999999999999999"))
print(int(3.9), int(-3.9), int(True), int(False))
print(int(), int("7", base=10), int("11", base=3))
for s in ("", "1.5", "1__0", "_1", "1_", "0x", "12a", " ", "0b2"):
    try:
        int(s)
    except ValueError as e:
        print("ValueError:", e)
