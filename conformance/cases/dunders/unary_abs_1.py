class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(self.v + 1000)
    def __abs__(self):
        return "abs!"
    def __invert__(self):
        return N(~self.v)
    def __repr__(self):
        return f"N({self.v})"
n = N(5)
print(-n, +n, abs(n), ~n, -(-n), --n, +-n)
class Empty:
    pass
for op in ("neg", "pos", "abs", "inv"):
    try:
        e = Empty()
        if op == "neg":
            -e
        elif op == "pos":
            +e
        elif op == "abs":
            abs(e)
        else:
            ~e
    except TypeError as ex:
        print("TypeError:", ex)
