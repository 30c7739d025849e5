# dict subclass overriding __getitem__ and __contains__
class Upper(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.upper())
    def __contains__(self, k):
        return dict.__contains__(self, k.upper())

plain = {"X": 1, "x": 2}
up = Upper(X=10)
for i in range(140):
    d = plain if i < 60 or i % 2 else up
    v = d["x"]
    c = "x" in d
    g = d.get("x")
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(d).__name__, v, c, g)
