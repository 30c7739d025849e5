class C:
    def __len__(self):
        return 1
    def __repr__(self):
        return "class-level repr"
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: "instance repr"
print(len(c), repr(c), c.__len__(), c.__repr__())
C.__len__ = lambda self: 42
print(len(c))
def add(self, other):
    return "patched add"
C.__add__ = add
print(c + 1)
del C.__add__
try:
    c + 1
except TypeError as e:
    print("TypeError:", e)
