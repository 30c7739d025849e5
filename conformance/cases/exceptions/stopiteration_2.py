# StopIteration in ordinary code is just an exception
def take_first(it):
    return next(it)
try:
    take_first(iter([]))
except StopIteration as e:
    print("StopIteration escaped a normal function:", repr(e))
def via_loop():
    it = iter([1, 2])
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
    return out
print(via_loop())
try:
    raise StopIteration("value here")
except StopIteration as e:
    print(e.value, e.args)
class Iter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration("stop value is ignored by for")
for x in Iter():
    print("never")
print(list(Iter()))
def gen():
    yield 1
    return "gen return"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)
