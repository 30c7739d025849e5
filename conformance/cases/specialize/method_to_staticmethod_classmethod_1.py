# method replaced by staticmethod, then classmethod, then plain function again
class K:
    tag = "K"
    def m(self, x):
        return ("inst", x)

k = K()
for i in range(200):
    if i == 50:
        K.m = staticmethod(lambda x: ("static", x))
    if i == 100:
        K.m = classmethod(lambda cls, x: ("class", cls.tag, x))
    if i == 150:
        def m(self, x):
            return ("inst2", x)
        K.m = m
    r1 = k.m(i)
    r2 = K.m(k, i) if i < 50 or i >= 150 else K.m(i)
    if i % 25 == 0 or i in (49, 50, 99, 100, 149, 150):
        print(i, r1, r2)
