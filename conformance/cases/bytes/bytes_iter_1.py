data = "Grüße 😀".encode()
print(data, len(data))
print(list(data))
print(sum(1 for b in data if b >= 128))
print([hex(b) for b in data[:3]])
it = iter(b"ab")
print(next(it), next(it), next(it, None))
print(list(reversed(b"abc")), list(enumerate(b"xy")), list(zip(b"ab", b"cd")))
print(bytes(reversed(b"abc")), bytes(sorted(b"cab")), bytes(map(lambda x: x + 1, b"HAL")))
out = bytearray()
for ch in "abc":
    out += ch.encode() * 2
print(out, out.decode())
