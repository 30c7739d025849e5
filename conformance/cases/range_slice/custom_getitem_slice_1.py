class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return ("slice", key.start, key.stop, key.step, list(range(start, stop, step)))
        if isinstance(key, tuple):
            return ("tuple", key)
        return ("index", key)
s = Seq(6)
print(s[1])
print(s[1:4])
print(s[::-2])
print(s[:])
print(s[-2:])
print(s[1:2, 3])
print(s[1:2, ::3])
print(s[...])
print(s["key"])
