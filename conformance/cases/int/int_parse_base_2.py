for s, b in (("0", 0), ("00", 0), ("0_0", 0), ("08", 0), ("9", 8), ("12", 2), ("g", 16), ("0x10", 10)):
    try:
        print(repr(s), b, int(s, b))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("1", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    int([1])
except TypeError as e:
    print("TypeError:", e)
print(int("  -0b1010  ", 0), int("+0o17", 0))
