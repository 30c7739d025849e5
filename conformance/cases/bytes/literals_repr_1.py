print(b"abc", b'', b"it's", b'say "x"', b"both ' \"", b"\x00\x7f\x80\xff", b"\t\n\r\\")
print(repr(b"abc"), str(b"x"), len(b"\x00\x01"), len(b""), type(b"").__name__)
print(rb"\n raw", br"\x41", b"A\x41\101", b"implicit" b" concat")
print(bytes(3), bytes([65, 66, 67]), bytes(range(5)), bytes(b"copy"), bytes())
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes((0, 255)))
print(bytearray(b"ab"), bytearray(2), bytearray([1, 2]), bytearray(), bytearray("é", "utf-8"))
print(b"\x1b[0m", b"\x7e\x7f", bytes([32, 126, 127, 128]))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes([-1])
except ValueError as e:
    print("ValueError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
