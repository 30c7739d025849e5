print(b"ab" + b"cd", b"ab" * 3, 2 * b"x", b"ab" * 0, b"" + b"")
print(bytearray(b"a") + b"b", b"a" + bytearray(b"b"), type(b"a" + bytearray(b"b")).__name__)
print(b"ab" == b"ab", b"ab" == bytearray(b"ab"), b"a" < b"b", b"ab" < b"abc", b"\xff" > b"\x00\xff")
print(b"a" == "a", b"" == "")
print(b"ll" in b"hello", 108 in b"hello", 120 in b"hello", b"" in b"x")
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    "a" + b"b"
except TypeError as e:
    print("TypeError:", e)
try:
    256 in b"x"
except ValueError as e:
    print("ValueError:", e)
x = b"q"
x += b"r"
print(x)
