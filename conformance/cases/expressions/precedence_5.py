# primaries (attributes, subscripts, calls) bind tighter than any operator
class P:
    v = 3
    items = [10, 20]
    def m(self):
        return [1, 2, 3]
p = P()
print(-p.v, -p.v ** 2, (-p.v) ** 2)
print(p.items[0] ** 2, -p.items[-1])
print(p.m()[1:], p.m()[0] + p.m()[-1])
print(not p.items, ~p.v)
f = lambda: {"k": [5, 6]}
print(f()["k"][1] * 2)
print(2 ** p.m()[2], p.v * p.items[1] % 7)
print("abc"[1] * 3, "abc".upper()[::-1])
print([1, 2, 3][1:][0], (1, 2)[-1] ** 3)
d = {"a": lambda n: n * 2}
print(d["a"](21), -d["a"](2) ** 2)
print(len("abc") ** 2, -len([1]))
print(await_ if (await_ := 5) else 0)
