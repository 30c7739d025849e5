# with statements: one or several items, with and without targets.
class CM:
    def __init__(self, name=""):
        self.name = name
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        return False
with CM():
    pass
with CM() as a:
    pass
with CM("x") as a, CM("y") as b:
    pass
with CM() as a, CM():
    pass
with CM(), CM() as b, CM():
    pass
class Pair(CM):
    def __enter__(self):
        return 1, 2
with Pair() as (c, d), CM() as e:
    pass
obj = CM()
with CM() as obj.attr:
    pass
with Pair() as [p, q]:
    pass
lst = [0]
with CM() as lst[0]:
    pass
with Pair() as (c, *rest):
    pass
with CM(): x = 1
with (CM()):
    pass
with (CM()) as f:
    pass
with CM() if a else CM() as g:
    pass
def gen():
    with CM() as h:
        yield h
async def coro():
    async with CM() as i:
        pass
    async with CM() as i, CM() as j:
        pass
print(a.name, b.name, e, f, g)
