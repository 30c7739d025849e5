class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
for name in ("z", "X", "_private", "__dunder__"):
    try:
        getattr(c, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    C.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".foo = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].push(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.nope
except AttributeError as e:
    print("AttributeError:", e)
