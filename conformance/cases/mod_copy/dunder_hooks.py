def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import copy
class C:
    def __init__(self, v): self.v = v
    def __copy__(self):
        print('copy called')
        return C(self.v + 1)
    def __deepcopy__(self, memo):
        print('deepcopy called', type(memo).__name__)
        return C(self.v * 10)
c = C(1)
print(copy.copy(c).v, copy.deepcopy(c).v, copy.deepcopy([c, c])[0].v)
class D:
    def __init__(self): self.items = [1, 2]
    def __deepcopy__(self, memo):
        r = D(); r.items = copy.deepcopy(self.items, memo); r.tag = 'deep'; return r
dd = copy.deepcopy(D()); print(dd.items, dd.tag)
