# list subclass with __len__ override and __bool__ override in truth tests
class Empty(list):
    def __len__(self):
        return 0

class AlwaysTrue(list):
    def __bool__(self):
        return True

objs = [[1], []] * 30 + [Empty([1, 2]), AlwaysTrue(), [1], []] * 20
n = 0
for i, o in enumerate(objs):
    if o:
        n += 1
    if i % 10 == 0 or 60 <= i < 64:
        print(i, type(o).__name__, bool(o), len(o), not o)
print(n)
