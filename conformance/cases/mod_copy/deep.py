def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
x = [1, [2, 3], {'k': (4, [5])}, (6, 7)]
y = copy.deepcopy(x)
print(y, y == x, y is x, y[1] is x[1], y[2]['k'] is x[2]['k'], y[2]['k'][1] is x[2]['k'][1], y[3] is x[3])
print(copy.deepcopy((1, 2, 'a')) is (1, 2, 'a') or True)
t = (1, 2); print(copy.deepcopy(t) is t)
t2 = ([1],); print(copy.deepcopy(t2) is t2, copy.deepcopy(t2))
s = {1, 2, (3, 4)}; ds = copy.deepcopy(s); print(ds == s, ds is s)
fs = frozenset([1, 2]); print(copy.deepcopy(fs) == fs)
