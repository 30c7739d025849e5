print(bytes(0), bytes(1), bytes([]), bytes(()), bytes(iter([104, 105])))
print(bytes(x * 2 for x in range(4)), bytes(bytearray(b"ba")), bytes(True))
print(bytearray(range(65, 70)), bytearray(b"x") * 3, bytearray(iter(b"it")))
print(bytes("Ωmega", "utf-8"), bytes("abc", "utf-8", "strict"))
class I:
    def __index__(self):
        return 66
print(bytes([I(), 67]), bytearray([I()]))
for bad in ([1.5], ["a"], [None], 1.5):
    try:
        bytes(bad)
    except TypeError as e:
        print("TypeError:", e)
