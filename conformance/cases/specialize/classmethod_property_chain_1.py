# custom descriptor returning different things each call; cached site must call __get__ each time
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n

class U:
    tick = Counter()

u = U()
s = 0
for i in range(120):
    s += u.tick
    if i == 60:
        U.tick = 5
    if i % 20 == 0 or i in (59, 60, 61):
        print(i, s)
print(s, U.tick)
