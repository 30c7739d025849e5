# attribute read via getattr-with-default then added on some instances only
class Item:
    def __init__(self, n):
        self.n = n

items = [Item(i) for i in range(8)]
for i in range(160):
    it = items[i % 8]
    if i == 60:
        for j in range(0, 8, 2):
            items[j].tag = "even" + str(j)
    if i == 100:
        items[1].tag = "one"
    try:
        t = it.tag
    except AttributeError:
        t = "-"
    if i % 8 == 0 and i % 32 == 0 or 60 <= i < 64 or 100 <= i < 104:
        print(i, it.n, t)
print([getattr(x, "tag", None) for x in items])
