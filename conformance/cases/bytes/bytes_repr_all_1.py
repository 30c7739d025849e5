b = bytes(range(256))
r = repr(b)
print(len(r))
for i in range(0, 256, 32):
    print(repr(b[i:i + 32]))
print(repr(bytearray(b"\x00'\"")))
