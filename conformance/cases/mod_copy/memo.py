def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
x = [1, 2]
memo = {}
y = copy.deepcopy([x, x], memo)
print(y, y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])
pre = {id(x): 'replaced'}
print(copy.deepcopy([x, 3], pre))
print(copy.deepcopy(x, None))
check(lambda: copy.deepcopy())
check(lambda: copy.copy())
check(lambda: copy.copy(1, 2))
