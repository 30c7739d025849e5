def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import OrderedDict
o = OrderedDict.fromkeys('abcde')
o.move_to_end('b'); print(''.join(o))
o.move_to_end('b', last=False); print(''.join(o))
o.move_to_end('e', False); print(''.join(o))
check(lambda: o.move_to_end('zz'))
print(o.popitem(), o.popitem(last=False), o)
e = OrderedDict()
check(lambda: e.popitem())
check(lambda: e.popitem(last=False))
