# list.append specialized call site, receivers change to list subclasses and non-lists
class Logged(list):
    def append(self, x):
        list.append(self, ("logged", x))

class NotList:
    def __init__(self):
        self.items = []
    def append(self, x):
        self.items.append(x)

targets = [[], Logged(), NotList()]
for i in range(180):
    t = targets[0] if i < 60 else targets[i % 3]
    t.append(i)
print(len(targets[0]), targets[0][-3:])
print(len(targets[1]), targets[1][:2])
print(len(targets[2].items), targets[2].items[:3])
ap = list.append
l = []
for i in range(70):
    ap(l, i)
try:
    ap(Logged(), 1)
    ap((), 1)
except TypeError as e:
    print("TypeError:", e)
print(len(l))
