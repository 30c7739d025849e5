# The parenthesized form of with (several items inside parentheses).
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None
with (CM() as a, CM() as b):
    pass
with (
    CM() as a,
    CM() as b,
):
    pass
with (CM(), CM()):
    pass
with (CM() as a, CM()):
    pass
with (CM(),):
    pass
with (
    CM()
):
    pass
with (CM()) as c, (CM()) as d:
    pass
if False:
    with (CM(), CM()) as t:
        pass
with ((CM())):
    pass
with (CM() as (x)):
    pass
with (CM() as [y], CM() as (z1, z2)):
    pass
def f():
    with (
        open(__file__) as src,
        open(__file__) as dst,
    ):
        return src.name == dst.name
print(a, b, c, d, f())
