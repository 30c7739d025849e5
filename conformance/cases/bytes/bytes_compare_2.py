vals = [b"b", b"", b"a", b"ab", b"\xff", b"A", b"a\x00", bytearray(b"aa")]
print(sorted(vals))
print(b"abc" < b"abd", b"abc" <= b"abc", b"b" > b"abc", b"" < b"\x00")
print(bytearray(b"x") == b"x", bytearray(b"x") != b"y", bytearray(b"a") < b"b")
print(b"x" != "x", b"1" == 1, b"" == bytearray())
try:
    b"a" < 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytearray(b"a") >= "a"
except TypeError as e:
    print("TypeError:", e)
