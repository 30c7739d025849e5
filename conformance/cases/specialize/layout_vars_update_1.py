# vars(obj).update / pop while a hot loop reads attributes
class Rec:
    def __init__(self, a, b):
        self.a = a
        self.b = b

r = Rec(1, 2)
s = 0
for i in range(180):
    if i == 50:
        vars(r).update({"a": 10, "c": 3})
    if i == 100:
        vars(r).pop("a")
    if i == 140:
        vars(r)["a"] = 1000
    try:
        s += r.a + r.b
    except AttributeError as e:
        if i % 10 == 0:
            print(i, "AttributeError:", e)
    if i % 30 == 0 or i in (50, 140):
        print(i, s, sorted(vars(r).items()))
