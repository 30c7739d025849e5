# __setattr__ intercepts assignment; __slots__ restricts it
class Logged:
    def __setattr__(self, name, value):
        print("setting", name, "to", value)
        object.__setattr__(self, name, value * 2)
o = Logged()
o.x = 5
print(o.x)
o.x += 1
print(o.x)
class Slotted:
    __slots__ = ("a", "b")
s = Slotted()
s.a = 1
print(s.a)
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(s.b)
except AttributeError as e:
    print("AttributeError:", e)
class ReadOnly:
    @property
    def value(self):
        return 10
r = ReadOnly()
try:
    r.value = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".upper = None
except AttributeError as e:
    print("AttributeError:", e)
