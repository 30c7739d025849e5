# exceptions raised while constructing objects
class Strict:
    created = 0
    def __init__(self, value):
        if value < 0:
            raise ValueError(f"negative value: {value}")
        self.value = value
        Strict.created += 1
objs = []
for v in [1, -1, 2]:
    try:
        objs.append(Strict(v))
    except ValueError as e:
        print("ValueError:", e)
print([o.value for o in objs], Strict.created)
class Partial:
    def __init__(self):
        self.a = 1
        raise RuntimeError("half built")
p = None
try:
    p = Partial()
except RuntimeError as e:
    print("RuntimeError:", e, "| p is still", p)
def factory(kind):
    classes = {"s": Strict}
    try:
        return classes[kind](5)
    except KeyError:
        raise ValueError(f"unknown kind {kind!r}") from None
print(factory("s").value)
try:
    factory("z")
except ValueError as e:
    print(e, e.__cause__, e.__suppress_context__)
try:
    class Broken:
        x = 1 / 0
except ZeroDivisionError as e:
    print("class body raised:", e)
print("Broken" in globals())
