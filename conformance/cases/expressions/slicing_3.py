# slice objects and the indices() method
s = slice(2, 8, 2)
a = list(range(10))
print(a[s], "abcdefghij"[s], s)
print(slice(5), slice(1, 5), slice(None, None, -1))
print(s.start, s.stop, s.step, slice(3).start, slice(3).stop)
print(slice(None, None, -1).indices(5))
print(slice(-3, None).indices(10), slice(0, 100, 3).indices(10))
print(slice(10, -10, -2).indices(6), slice(None).indices(0))
print(a[slice(-1, None, -3)], a[slice(None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
rev = slice(None, None, -1)
print("stressed"[rev], [1, 2, 3][rev])
try:
    slice(0, 1, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
class Idx:
    def __index__(self):
        return 2
print(a[Idx()], a[Idx():], a[:Idx()], "hello"[Idx()])
