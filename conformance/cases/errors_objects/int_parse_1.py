for s in ["1", " 2 ", "-3", "4_000"]:
    print(int(s))
print(int("0x1f", 16))
print(int("0b101", 0))
print(int("x"))
