# two hot functions cache the same class attribute; one mutates it
class Pool:
    size = 0
    items = []

def add(x):
    Pool.items.append(x)
    Pool.size = Pool.size + 1

def peek():
    return Pool.size, Pool.items[-1] if Pool.items else None

for i in range(120):
    add(i)
    if i == 60:
        Pool.items = ["reset"]
    if i == 90:
        Pool.size = 1000
    if i % 15 == 0 or i in (60, 61, 90, 91):
        print(i, peek())
print(peek(), len(Pool.items))
