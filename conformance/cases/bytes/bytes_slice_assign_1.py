ba = bytearray(b"0123456789")
ba[::3] = b"abcd"
print(ba)
ba[2:5] = b""
print(ba)
ba[:0] = b"<<"
print(ba)
ba[len(ba):] = [62, 62]
print(ba)
ba[-1] = ord("!")
print(ba, ba[-1])
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    ba[0] = b"x"
except TypeError as e:
    print("TypeError:", e)
print(bytearray(b"abc") == b"abc", bytearray(b"abc") * 2)
