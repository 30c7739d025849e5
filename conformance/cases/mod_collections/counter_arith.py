def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(a=1, b=2, e=4)
print(a + b)
print(a - b)
print(a & b)
print(a | b)
print(+a, -a)
check(lambda: a + {'a': 1})
check(lambda: a - 1)
x = Counter(a=1); x += Counter(a=1, b=-1); print(x)
x -= Counter(a=5); print(x)
y = Counter(p=2); y |= Counter(p=5, q=1); print(y)
y &= Counter(p=3); print(y)
