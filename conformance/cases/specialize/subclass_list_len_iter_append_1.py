# list subclass with __len__, __iter__ and append overridden, mixed with plain lists
class L(list):
    def __len__(self):
        return 100
    def __iter__(self):
        return iter([-1])
    def append(self, x):
        list.append(self, x * 10)

plain = [1, 2, 3]
sub = L([1, 2, 3])
for i in range(150):
    lst = plain if i < 60 or i % 2 else sub
    lst.append(i)
    n = len(lst)
    s = 0
    for x in lst:
        s += x
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(lst).__name__, n, s, lst[-1])
print(len(plain), list.__len__(sub), sub[-3:])
