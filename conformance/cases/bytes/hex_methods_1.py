print(b"\x00\x01\xab\xff".hex(), b"".hex(), bytearray(b"AB").hex(), b"hi".hex())
print("héllo".encode().hex(), bytes(range(4)).hex(), bytes([255, 16, 1]).hex())
data = b"\xde\xad\xbe\xef"
print(data.hex(), len(data.hex()), data.hex() == "deadbeef")
print([data.hex()[i:i + 2] for i in range(0, 8, 2)])
print(int(data.hex(), 16), hex(int(data.hex(), 16)))
ba = bytearray(b"\x10\x20")
ba.append(0x30)
print(ba.hex(), ba)
