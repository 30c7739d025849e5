class Item:
    def __init__(self, v):
        self.v = v
items = [Item(2), Item(1)]
print(len(items))
items.sort(key=lambda i: i.v)
print([i.v for i in items])
items.sort()
