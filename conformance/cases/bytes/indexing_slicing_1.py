b = b"hello world"
print(b[0], b[-1], b[4], type(b[0]).__name__)
print(b[0:5], b[-5:], b[::2], b[::-1], b[3:3], b[100:])
print(list(b[:3]), [x for x in b"AZ"], tuple(b"\x00\xff"))
ba = bytearray(b"abc")
print(ba[1], ba[0:2], ba[::-1], type(ba[0:2]).__name__)
for i in b"hi":
    print(i, chr(i))
try:
    b[20]
except IndexError as e:
    print("IndexError:", e)
try:
    ba[5]
except IndexError as e:
    print("IndexError:", e)
