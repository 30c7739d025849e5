def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
check(lambda: copy.copy(1, 2, 3))
check(lambda: copy.deepcopy(1, {}, None, 4))
check(lambda: copy.deepcopy(1, y=2))
class Bad:
    def __deepcopy__(self, memo):
        raise ValueError('nope')
check(lambda: copy.deepcopy([Bad()]))
print(copy.deepcopy({'a': {1, 2}}), copy.copy([]) == [])
