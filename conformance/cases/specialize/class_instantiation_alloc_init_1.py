# instances created in a hot loop; class gets __slots__-less subclass, __init__ with defaults, then __init__ returning non-None
class P:
    def __init__(self, a, b=2):
        self.a = a
        self.b = b

res = []
for i in range(150):
    if i == 60:
        P.__init__.__defaults__ = (-2,)
    if i == 100:
        def bad_init(self, a, b=0):
            return 5
        P.__init__ = bad_init
    try:
        p = P(i)
        res.append((p.a, p.b))
    except TypeError as e:
        res.append("TypeError: " + str(e))
    if i % 20 == 0 or i in (59, 60, 99, 100):
        print(i, res[-1])
