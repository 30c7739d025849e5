def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import OrderedDict
o = OrderedDict([('a', 1), ('b', 2), ('c', 3)])
print(list(reversed(o)), o.popitem(), list(o.items()))
o['a'] = 10; print(o)
print(OrderedDict(o) == o, o.copy() is o)
class Last(OrderedDict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v)
        self.move_to_end(k)
l = Last(); l['x'] = 1; l['y'] = 2; l['x'] = 3
print(l, type(l).__name__)
print(dict(OrderedDict.fromkeys([3, 1, 2])))
