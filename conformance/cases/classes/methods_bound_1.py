class Acc:
    def __init__(self):
        self.total = 0
    def add(self, n=1):
        self.total += n
        return self
a = Acc()
m = a.add
m(5)
m()
print(a.total)
print(a.add(1).add(2).total)
f = Acc.add
b = Acc()
f(b, 10)
print(b.total)
print(m.__self__ is a, m.__func__ is Acc.add, m.__name__)
print(a.add == a.add, a.add is a.add, a.add == b.add)
handlers = [a.add, b.add]
for h in handlers:
    h(100)
print(a.total, b.total)
try:
    Acc.add()
except TypeError as e:
    print("TypeError:", e)
try:
    a.add(1, 2)
except TypeError as e:
    print("TypeError:", e)
