# list subclass overriding __getitem__ through a BINARY_SUBSCR specialized for list
class Rev(list):
    def __getitem__(self, i):
        return list.__getitem__(self, -1 - i)

a = [10, 20, 30, 40]
b = Rev([10, 20, 30, 40])
out = []
for i in range(160):
    lst = a if i < 70 or i % 3 else b
    out.append(lst[i % 4])
    if i % 20 == 0 or 70 <= i < 74:
        print(i, type(lst).__name__, i % 4, out[-1])
print(sum(out))
