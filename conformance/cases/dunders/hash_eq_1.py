class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    hash(NoHash())
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
try:
    {NoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, other):
        return isinstance(other, Key) and self.k.lower() == other.k.lower()
    def __hash__(self):
        return len(self.k)
d = {Key("Ab"): 1}
print(d[Key("aB")], Key("AB") in d, Key("abc") in d, len({Key("x"), Key("X"), Key("y")}))
class Inherit(Key):
    pass
print(hash(Inherit("abc")))
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
print(hash(Plain()) is not None, Plain() in {Plain()})
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100))
