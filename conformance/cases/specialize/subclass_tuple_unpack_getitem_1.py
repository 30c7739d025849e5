# tuple subclass with __getitem__/__iter__/__len__ overrides, unpacked and indexed
class T(tuple):
    def __getitem__(self, i):
        return "item"
    def __iter__(self):
        return iter(("i1", "i2"))
    def __len__(self):
        return 7

out = []
for i in range(140):
    t = (i, -i) if i < 60 or i % 2 else T((i, -i))
    a, b = t
    out.append((a, b, t[0], len(t)))
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(t).__name__, out[-1])
print(len(out))
