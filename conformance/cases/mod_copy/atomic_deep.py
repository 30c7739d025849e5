def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
def f(): pass
class K: pass
for x in [None, 1, 2 ** 100, 1.5, 'str', b'b', True, f, K, len, range(2), Ellipsis, NotImplemented]:
    print(copy.deepcopy(x) is x)
print(copy.deepcopy([f, K])[0] is f)
big = list(range(50)); print(copy.deepcopy(big) == big)
