class Box:
    pass
b = Box()
for name, value in (("alpha", 1), ("beta", [2]), ("gamma", None)):
    setattr(b, name, value)
print(sorted(vars(b).items(), key=lambda kv: kv[0]))
print(hasattr(b, "alpha"), hasattr(b, "delta"), hasattr(Box, "alpha"))
delattr(b, "beta")
print(sorted(vars(b)))
setattr(Box, "shared", "cls")
print(b.shared, hasattr(b, "shared"))
try:
    delattr(b, "shared")
except AttributeError as e:
    print("AttributeError:", e)
delattr(Box, "shared")
print(hasattr(b, "shared"))
try:
    setattr(b, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    hasattr(b)
except TypeError as e:
    print("TypeError:", e)
class Prop:
    @property
    def boom(self):
        raise ValueError("not AttributeError")
try:
    hasattr(Prop(), "boom")
except ValueError as e:
    print("ValueError:", e)
