# expect: full-stderr
# uncaught AttributeError from a __slots__ attribute read after the slot is deleted
class P:
    __slots__ = ("x",)
    def __init__(self, x):
        self.x = x

ps = [P(i) for i in range(80)]
del ps[66].x
s = 0
for p in ps:
    s += p.x
