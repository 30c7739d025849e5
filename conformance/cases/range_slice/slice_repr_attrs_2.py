print(slice(1, 2, 3), slice(-1, None), slice(None, None, None), slice("a", [1], (2,)))
s = slice(10)
print(s.start, s.stop, s.step, type(s).__name__)
print(slice(1, 2) == slice(1, 2), slice(0) != slice(1), slice(2, 1) == (2, 1))
print([1, 2, 3, 4][slice(1, -1)], "hello"[slice(None, None, 2)])
class Cap:
    def __getitem__(self, k):
        return k
c = Cap()
print(c[1:2], c[:], c[::], c[1:2:3], c[::-1], c[:, 1], c[1:2, 3:4])
