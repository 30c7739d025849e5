def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import namedtuple
check(lambda: namedtuple('P', 'x def'))
check(lambda: namedtuple('P', 'x 1y'))
check(lambda: namedtuple('P', 'x _y'))
check(lambda: namedtuple('P', 'x x'))
check(lambda: namedtuple('1P', 'x'))
check(lambda: namedtuple('class', 'x'))
check(lambda: namedtuple('P', 'x', defaults=(1, 2)))
check(lambda: namedtuple('P', ['x', 3]))
check(lambda: namedtuple('P', 'x y')(1, 2, 3))
check(lambda: namedtuple('P', 'x y')(1))
check(lambda: namedtuple('P', 'x y z')())
check(lambda: namedtuple('P', 'x y')(1, x=2))
check(lambda: namedtuple('P', 'x y')(1, z=2))
check(lambda: namedtuple('P', 'x y', defaults=[1])(1, 2, 3))
