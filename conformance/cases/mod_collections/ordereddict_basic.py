def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import OrderedDict
o = OrderedDict()
o['b'] = 1; o['a'] = 2; o['c'] = 3
print(o, list(o), list(o.keys()), list(o.values()), list(o.items()))
print(OrderedDict(), OrderedDict([('x', 1)]), OrderedDict(y=2), OrderedDict({'z': 3}))
print(isinstance(o, dict), type(o).__name__, len(o), o['a'], 'b' in o)
del o['a']; print(o)
o['a'] = 9; print(o)
print(OrderedDict.fromkeys('abc', 0))
