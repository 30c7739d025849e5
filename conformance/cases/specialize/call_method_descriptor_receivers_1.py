# A built-in method call site sees its exact type, then subclasses and other types,
# and a generator function called from a hot site is swapped for a plain one.
class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


class S(str):
    pass


def gen(n):
    for i in range(n):
        yield i * i


def plain(n):
    return [n]


out = []
for i in range(150):
    target = MyList() if i % 50 == 49 else []
    target.append(i)
    s = S("ab") if i > 100 else "ab"
    word = s.upper()
    d = {"k": i}
    got = d.get("k", -1)
    if i % 25 == 0:
        print(i, target, word, type(word).__name__, got)
    f = gen if i < 120 else plain
    out.append(sum(f(3)))
    if i == 130:
        try:
            "x".join(5)
        except TypeError as e:
            print("join:", e)
print(sum(out), out[-1], out[0])
