print("a b c d".rsplit(), "a b c d".rsplit(None, 1), "a b c d".rsplit(" ", 2))
print("a,b,c".rsplit(",", 1), "a,b,c".rsplit(",", 0), "a,,b".rsplit(","))
print("  a  b  ".rsplit(maxsplit=1), "  a  b  ".rsplit(" ", 1))
print("aaa".rsplit("aa", 1), "aaa".split("aa", 1))
print("".rsplit(), "".rsplit(","), "x".rsplit(",", 5))
print("k=v=w".rsplit("=", maxsplit=1), "k=v=w".split("=", maxsplit=1))
try:
    "abc".rsplit("")
except ValueError as e:
    print("ValueError:", e)
