# __setitem__ and __delitem__ receive slice objects
class Rec:
    def __setitem__(self, key, value):
        print("set", key, value)
    def __delitem__(self, key):
        print("del", key)
    def __getitem__(self, key):
        print("get", key)
        return 0
r = Rec()
r[1:2] = "a"
r[:] = "b"
r[::3] = "c"
r[1:-1:2] = "d"
r[::] = "e"
r[None:5] = "f"
del r[2:]
del r[:, 1]
r[1:2] += 5
s = slice(1, 10, 2)
print(s.start, s.stop, s.step)
print(slice(3), slice(None, None, -1))
print(s.indices(5), slice(None, None, -1).indices(4))
print(list(range(10))[s], "abcdefgh"[slice(-3, None)])
