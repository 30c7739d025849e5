# int subclass used as a list index and range bound, with __index__ override
class Idx(int):
    def __index__(self):
        return 0

data = list(range(100, 110))
out = []
for i in range(120):
    k = i % 10 if i < 60 or i % 2 else Idx(i % 10)
    out.append(data[k])
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(k).__name__, int(k), data[k], len(range(k)))
print(sum(out))
