def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
print(namedtuple('A', 'a def b', rename=True)._fields)
print(namedtuple('A', ['x', 'x', 'y', 'x'], rename=True)._fields)
print(namedtuple('A', ['_a', 'b c', '1', 'ok'], rename=True)._fields)
check(lambda: namedtuple('A', 'a a', rename=False))
check(lambda: namedtuple('my-type', 'a'))
check(lambda: namedtuple('A', 'a', defaults=5))
print(namedtuple('A', 'x y', defaults=iter([1]))._field_defaults)
