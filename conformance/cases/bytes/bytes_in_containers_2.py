items = [b"one", b"two", bytearray(b"three")]
print(items)
print({"k": b"v"}, (b"t",), [bytearray()])
print(str([b"q'uote", b'dq"']))
print(b"a" in [b"a"], bytearray(b"a") in [b"a"], b"a" in {b"a": 1})
print(items[0] + items[1], bytes(items[2]) + b"!")
print(f"{b'abc'}", "%s" % b"z", "%r" % bytearray(b"z"), format(b"q"))
