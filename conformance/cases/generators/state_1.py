# each generator object has its own paused frame
def counter(name, start):
    n = start
    while True:
        received = yield f"{name}:{n}"
        n += received if received is not None else 1
a = counter("a", 0)
b = counter("b", 100)
print(next(a), next(b), next(a), next(a), next(b))
print(a.send(10), b.send(-50), next(a))
class Bag:
    def __init__(self, *items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item
bag = Bag(1, 2, 3)
it1 = iter(bag)
it2 = iter(bag)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print([x * y for x in bag for y in bag])
def locals_persist():
    history = []
    for i in range(3):
        history.append(i)
        yield list(history)
print(list(locals_persist()))
def gen_arg(lst):
    yield len(lst)
    yield len(lst)
data = [1]
g = gen_arg(data)
print(next(g))
data.append(2)
print(next(g))
