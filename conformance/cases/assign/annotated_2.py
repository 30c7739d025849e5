# annotated assignment inside functions and to attributes and subscripts
def f():
    n: int = 10
    m: "anything"
    n += 1
    return n
print(f())
def g():
    total: float = 0.0
    for v in [1.5, 2.5]:
        total += v
    return total
print(g())
class Box:
    def __init__(self):
        self.value: int = 3
        self.items: list = []
b = Box()
print(b.value, b.items)
d = {}
d["k"]: str = "v"
print(d)
lst = [0, 0]
lst[1]: int = 9
print(lst)
b.extra: int = 4
print(b.extra)
def h():
    x: int
    try:
        return x
    except NameError as e:
        return type(e).__name__
print(h())
