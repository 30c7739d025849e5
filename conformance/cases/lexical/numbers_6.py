# int() and float() accept the same literal syntax (plus signs and spaces)
print(int("1_000"), int(" -42 "), int("+7"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("10", 36), int("1_0", 0), int("0_7", 8))
print(int("123456789012345678901234567890") * 10)
print(float("1_000.5"), float("1e1_0"), float(".5"), float("5."), float("-1E-2"))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("  0x_1F  ", 16), int("0b_1", 2))
for bad in ["1__0", "_1", "1_", "0x", "", " ", "1.5", "08"]:
    try:
        print(int(bad, 0))
    except ValueError as e:
        print("ValueError:", e)
