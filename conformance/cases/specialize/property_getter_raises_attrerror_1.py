# property getter raising AttributeError falls back to __getattr__
class P:
    def __init__(self):
        self.ok = True
    @property
    def value(self):
        if not self.ok:
            raise AttributeError("value not ready")
        return 10
    def __getattr__(self, name):
        return "getattr:" + name

p = P()
for i in range(120):
    if i == 50:
        p.ok = False
    if i == 90:
        p.ok = True
    r = p.value
    if i % 15 == 0 or i in (49, 50, 89, 90):
        print(i, r)
