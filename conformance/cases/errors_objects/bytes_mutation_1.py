ba = bytearray(b"abc")
ba[0] = 65
print(ba)
b = bytes(ba)
print(b)
b[0] = 66
