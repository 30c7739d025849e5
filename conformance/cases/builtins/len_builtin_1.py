print(len("abc"), len(""), len("😀é"), len([1, 2]), len(()), len({1: 2}), len({1, 2, 2}), len(range(10)), len(b"xy"), len(bytearray(3)))
print(len(range(0, 100, 7)), len(frozenset("aab")), len({}.keys()), len({"a": 1}.items()), len([[]]), len("\n\t"))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in (5, 1.5, None, object(), (x for x in [])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
