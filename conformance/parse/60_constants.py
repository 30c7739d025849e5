# Constants: None, True, False, Ellipsis and literals in every context.
a = None
b = True
c = False
d = ...
e = Ellipsis
f = [None, True, False, ...]
g = {None: True, False: ...}
h = (True, False)
i = not None
j = None is None
k = True + True
l = ... if True else None
m = print(...) if False else None
def stub(): ...
def stub2(x=...): return x
class Proto:
    def method(self) -> None: ...
    attr: int = ...
n = f[...] if False else None
o = type(...)
p = [..., ...]
q = True and False or None
r = -True
s = ~False
t = None.__class__
u = 1 == 1.0 == True
print(a, b, c, d, e, f, g, h, i, j, k, l, m, stub(), stub2(), n, o, p, q, r, s, t, u)
