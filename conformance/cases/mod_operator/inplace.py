def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__, e)

import operator as op
a = [1]
b = op.iadd(a, [2])
print(a, b is a)
t = (1,)
u = op.iadd(t, (2,))
print(t, u)
print(op.isub(5, 3), op.imul(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ipow(3, 3))
print(op.iand(6, 3), op.ior(6, 3), op.ixor(6, 3), op.ilshift(1, 4), op.irshift(16, 2))
s = {1, 2}
print(op.ior(s, {3}), s, op.iand(s, {1}), s)
l = [1]
print(op.imul(l, 2), l)
c = [1]
print(op.iconcat(c, [2]), c)
class A:
    def __iadd__(self, o):
        return "iadd called"
print(op.iadd(A(), 1))
err(lambda: op.iadd(1, "a"))
err(lambda: op.iconcat(1, [1]))
err(lambda: op.isub([], 1))
