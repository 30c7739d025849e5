import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
class A:
    def __floor__(self): return "floored"
    def __ceil__(self): return "ceiled"
    def __trunc__(self): return "truncated"
class B:
    def __float__(self): return 2.5
class C:
    def __index__(self): return 7
for f in (math.floor, math.ceil, math.trunc):
    for x in (A(), B(), C()):
        t(lambda: f(x))
class D(float): pass
t(lambda: math.floor(D(3.7)))
t(lambda: math.ceil(D(-3.7)))
t(lambda: math.trunc(D(-3.7)))
