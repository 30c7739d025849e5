# StopIteration escaping a generator body becomes RuntimeError (PEP 479)
def leaky():
    yield 1
    raise StopIteration("escaped")
g = leaky()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def next_on_empty():
    it = iter([])
    yield next(it)
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError:", e)
def safe_next():
    it = iter([1])
    while True:
        try:
            value = next(it)
        except StopIteration:
            return "clean return"
        yield value
print(list(safe_next()))
class Manual:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(Manual()), [x for x in Manual()], sum(Manual()))
try:
    raise StopIteration(7)
except StopIteration as e:
    print("plain StopIteration value", e.value)
