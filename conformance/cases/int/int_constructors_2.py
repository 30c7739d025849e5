class Idx:
    def __index__(self):
        return 7
class Num:
    def __int__(self):
        return 42
print(int(Num()), int(Idx()))
print(bin(Idx()), hex(Idx()), oct(Idx()))
print([0, 1, 2, 3, 4, 5, 6, 7, 8][Idx()])
print(int(1e20), int(-1e20), int(1.5e300) > 10 ** 299)
print(int(2.5), int(-2.5), int(0.9999), int(-0.0))
print(int("  0x_ff  ", 0), int("0_7", 10))
print(int.__name__, type(int("5")).__name__)
print(int(10 ** 25), int(-(10 ** 25)))
print(int(True) + int("1") + int(1.9))
