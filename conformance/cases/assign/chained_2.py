# chained assignment: the value is evaluated once, targets assigned left to right
class Log:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, key, value):
        print(self.name, "set", key, "=", value)
def value():
    print("evaluating value")
    return 42
a = Log("a")
b = Log("b")
a[1] = b[2] = value()
i = 0
lst = [0, 0, 0]
i = lst[i] = 1
print(i, lst)
x = [0, 0]
j = 0
x[j] = j = 1
print(x, j)
class Obj:
    pass
o = Obj()
o.p = o.q = value()
print(o.p, o.q)
