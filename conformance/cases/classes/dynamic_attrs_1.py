class Obj:
    cls_attr = "class"
o = Obj()
setattr(o, "x", 10)
print(o.x, getattr(o, "x"), getattr(o, "missing", "dflt"), getattr(o, "cls_attr"))
print(hasattr(o, "x"), hasattr(o, "y"), hasattr(o, "cls_attr"), hasattr(Obj, "x"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
for name in ("a", "b", "c"):
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"], sorted(vars(o)))
setattr(Obj, "added", lambda self: "method!")
print(o.added())
print(getattr(o, "cls_attr", None), getattr(Obj, "nope", None))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
