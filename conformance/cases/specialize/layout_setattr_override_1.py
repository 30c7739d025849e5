# class gains __setattr__ after STORE_ATTR has been specialized
class W:
    def __init__(self):
        self.v = 0

w = W()
log = []
for i in range(140):
    if i == 70:
        def sa(self, name, value):
            log.append((name, value))
            object.__setattr__(self, name, value * 2)
        W.__setattr__ = sa
    if i == 110:
        del W.__setattr__
    w.v = i
    if i % 10 == 0 or i in (69, 70, 71, 109, 110, 111):
        print(i, w.v)
print(len(log), log[:3], log[-1])
