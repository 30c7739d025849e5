def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import Counter
text = 'a b c a b a d e e e e'
c = Counter(text.split())
print(c.most_common(3))
print(sorted(c), sorted(c.items()), list(c.keys())[:3])
print(sum(c.values()), c.total())
print(Counter(c) == c, Counter(dict(c)) is not c)
print(+Counter(a=0, b=1), Counter('aaa') - Counter('a'))
inv = Counter()
for w in ['x', 'y', 'x']:
    inv[w] += 1
print(inv, dict(inv))
