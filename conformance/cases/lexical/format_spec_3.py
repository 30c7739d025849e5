# alternate form and zero padding with b o x X
for v in [0, 5, 255, -255, 2**40]:
    print(format(v, "b"), format(v, "#b"), format(v, "o"), format(v, "#o"),
          format(v, "x"), format(v, "#x"), format(v, "X"), format(v, "#X"))
print(repr(format(5, "08b")), repr(format(5, "#010b")), repr(format(-5, "#010b")))
print(repr(format(255, "06x")), repr(format(255, "#06X")), repr(format(-1, "04x")))
print(repr(format(42, "05")), repr(format(-42, "05")), repr(format(42, "05d")))
print(repr(format(3.5, "08.2f")), repr(format(-3.5, "08.2f")), repr(format(3.5, "0")))
print(repr(format("ab", "05")), repr(format(255, "#>8x")), repr(format(255, "#<8x")))
print(repr(format(1.0, "#.0f")), repr(format(1.0, ".0f")), repr(format(1.0, "#g")))
print(repr(format(10, "#.0e")), repr(format(10, ".0e")))
