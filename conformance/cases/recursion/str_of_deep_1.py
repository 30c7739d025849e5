# built-in reprs of deeply nested containers
import sys
sys.setrecursionlimit(5000)
nested = []
cur = nested
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(nested)[:20], len(repr(nested)))
t = ()
for i in range(30):
    t = (i, t)
print(str(t)[:30], len(str(t)))
d = {}
cur = d
for k in "abcde":
    cur[k] = {}
    cur = cur[k]
print(d)
def depth(x):
    return 1 + max((depth(y) for y in x), default=0) if isinstance(x, list) else 0
print(depth(nested))
