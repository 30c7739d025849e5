d = {b"k": 1, b"k2": 2}
print(d[b"k"], b"k2" in d, "k" in d)
s = {b"a", b"a", b"b"}
print(len(s), sorted(s))
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print("TypeError:", e)
print(bytes(bytearray(b"conv")), bytearray(bytes(b"conv")), list(bytearray(3)))
print(isinstance(b"", bytes), isinstance(bytearray(), bytes), isinstance(bytearray(), bytearray))
print(bool(b""), bool(b"\x00"), bool(bytearray()))
print(b"k" in d, bytes(b"k") == b"k", d.get(b"zz", "no"))
