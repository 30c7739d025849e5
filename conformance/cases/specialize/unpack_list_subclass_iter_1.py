# unpacking list/tuple subclasses with overridden __iter__ after exact-type specialization
class RevT(tuple):
    def __iter__(self):
        return iter(tuple.__getitem__(self, slice(None, None, -1)))

class Short(list):
    def __iter__(self):
        return iter([0])

out = []
for i in range(120):
    if i < 60 or i % 3 == 0:
        s = (i, -i)
    elif i % 3 == 1:
        s = RevT((i, -i))
    else:
        s = Short([i, -i])
    try:
        a, b = s
        out.append((a, b))
    except ValueError as e:
        out.append(str(e))
    if i % 20 == 0 or 60 <= i < 64:
        print(i, type(s).__name__, out[-1])
print(len(out))
