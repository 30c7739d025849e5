ba = bytearray(b"hello")
ba[0] = 72
print(ba)
ba.append(33)
print(ba, len(ba))
ba.extend(b" ok")
print(ba)
ba[1:3] = b"EEE"
print(ba)
del ba[0]
print(ba)
del ba[::2]
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(1, 90)
print(ba)
ba.reverse()
print(ba)
ba += b"!!"
print(ba)
ba *= 2
print(ba)
ba.remove(33)
print(ba)
ba.clear()
print(ba, len(ba))
for bad in (256, -1):
    try:
        ba.append(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
