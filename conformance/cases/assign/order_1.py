# evaluation order: the right side first, then targets left to right
def v(x):
    print("eval", x)
    return x
class T:
    def __setitem__(self, k, val):
        print("store", k, val)
    def __setattr__(self, name, val):
        print("setattr", name, val)
t = T()
t[v("k1")], t[v("k2")] = v(1), v(2)
print("---")
t.a, (t[v("k3")], t.b) = v("A"), (v("B"), v("C"))
print("---")
t[v("i")] = t[v("j")] = v("val")
print("---")
x = [0, 0, 0]
i = 0
i, x[i] = 1, 2
print(i, x)
d = {}
d[v("key")] = v("value")
print(d)
