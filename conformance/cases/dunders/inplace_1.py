class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __repr__(self):
        return f"Bag({self.items})"
    def __add__(self, o):
        print("__add__")
        return Bag(self.items + o.items)
    def __iadd__(self, o):
        print("__iadd__")
        self.items.extend(o.items)
        return self
    def __imul__(self, n):
        print("__imul__")
        self.items *= n
        return self
    def __isub__(self, o):
        print("__isub__")
        return NotImplemented
    def __sub__(self, o):
        print("__sub__")
        return Bag([x for x in self.items if x not in o.items])
a = Bag([1, 2])
alias = a
a += Bag([3])
print(a, alias is a)
a *= 2
print(a, alias is a)
a -= Bag([1])
print(a, alias is a, alias)
class NoInplace:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoInplace(self.v + o)
n = NoInplace(1)
k = n
n += 5
print(n.v, k.v, n is k)
class Ret:
    def __iadd__(self, o):
        return "replaced"
r = Ret()
r += 1
print(r)
