def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
c = Counter('abracadabra')
print(c.most_common(), c.most_common(1), c.most_common(3), c.most_common(0), c.most_common(-1))
t = Counter('zyxxyz')
print(t.most_common(), t)
print(Counter([3, 1, 2, 1, 3]).most_common(2))
print(sorted(Counter('hello').elements()), list(Counter(a=2, b=0, c=-1, d=1).elements()))
