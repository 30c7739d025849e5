a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
x = None
print(x is None, id(None) == id(None), id(True) == id(1 == 1))
class K:
    pass
k = K()
print(id(k) == id(k), type(id(k)).__name__, id(k) > 0 or id(k) <= 0)
s = {}
print(id(s) == id(s.copy()))
