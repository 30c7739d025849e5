# obj.__dict__ replaced by a brand-new dict mid-loop
class Q:
    def __init__(self):
        self.a = 1
        self.b = 2

q = Q()
r = Q()
for i in range(120):
    if i == 50:
        q.__dict__ = {"a": 50, "b": 51}
    if i == 90:
        q.__dict__ = {"b": -1}
    try:
        va = q.a
    except AttributeError:
        va = "missing"
    if i % 15 == 0 or i in (49, 50, 89, 90, 91):
        print(i, va, q.b, r.a, r.b)
