o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
try:
    o.x = 1
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(o, "__class__"), type(object) is type, object.__bases__, object.__mro__ == (object,))
class E:
    pass
e1, e2 = E(), E()
print(e1 == e2, e1 == e1, e1 != e2, e1 is not e2)
sentinel = object()
def find(d, k):
    v = d.get(k, sentinel)
    return "missing" if v is sentinel else v
print(find({"a": None}, "a"), find({}, "a"))
print(str(o) == repr(o), str(o).startswith("<object object at"))
