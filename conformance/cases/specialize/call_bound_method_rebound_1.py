# a bound method stored in a variable, re-bound to other instances and other methods
class Acc:
    def __init__(self, name):
        self.name = name
        self.total = 0
    def add(self, x):
        self.total += x
        return self.total
    def sub(self, x):
        self.total -= x
        return self.total

a = Acc("a")
b = Acc("b")
m = a.add
for i in range(200):
    if i == 50:
        m = b.add
    if i == 100:
        m = a.sub
    if i == 150:
        m = Acc.add.__get__(b)
    r = m(i)
    if i % 25 == 0 or i in (49, 50, 99, 100, 149, 150):
        print(i, m.__self__.name, m.__func__.__name__, r)
print(a.total, b.total)
