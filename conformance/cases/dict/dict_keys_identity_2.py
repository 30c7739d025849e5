class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
    def __repr__(self):
        return f"K({self.v})"
d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, K(3) in d, d)
d[K(1)] = "uno"
print(d, len(d))
class Obj:
    pass
o1 = Obj()
o2 = Obj()
e = {o1: 1, o2: 2}
print(e[o1], e[o2], len(e), Obj() in e)
nan = float("nan")
f = {nan: 1}
f[nan] = 2
print(len(f), list(f.values()))
f[float("nan")] = 3
print(len(f))
