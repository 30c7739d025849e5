# expect: full-stderr
# uncaught AttributeError after __class__ switches to a class without the cached method
class Walker:
    def step(self):
        return 1

class Statue:
    pass

w = Walker()
steps = 0
for i in range(100):
    if i == 70:
        print("steps =", steps)
        w.__class__ = Statue
    steps += w.step()
