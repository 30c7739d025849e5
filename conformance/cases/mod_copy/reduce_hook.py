def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
class R:
    def __init__(self, a, b=0):
        self.a = a; self.b = b
    def __reduce__(self):
        print('reduce')
        return (R, (self.a, 5))
r = copy.copy(R([1]))
print(r.a, r.b)
r2 = copy.deepcopy(R([1]))
print(r2.a, r2.b)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
try:
    raise copy.Error('bad')
except copy.Error as e:
    print('caught', e)
