class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        print("__index__", self.v)
        return self.v
lst = list("abcdef")
print(lst[Idx(2)], "xyz"[Idx(-1)], (1, 2, 3)[Idx(0)])
print(lst[Idx(1):Idx(4)], range(10)[Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print("ab" * Idx(2), [0] * Idx(3))
print(list(range(Idx(3))))
print(operator_like := lst[Idx(0)])
class NoIndex:
    def __int__(self):
        return 1
try:
    lst[NoIndex()]
except TypeError as e:
    print("TypeError:", e)
class BadIndex:
    def __index__(self):
        return "1"
try:
    lst[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
print(int(Idx(7)), round(3.14159, Idx(2)))
