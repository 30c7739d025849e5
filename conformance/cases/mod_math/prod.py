import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.prod([]))
t(lambda: math.prod([1, 2, 3, 4]))
t(lambda: math.prod(range(1, 21)))
t(lambda: math.prod(range(1, 30)))
t(lambda: math.prod([2.5, 4]))
t(lambda: math.prod([1, 2.0, 3]))
t(lambda: math.prod([], start=5))
t(lambda: math.prod([2, 3], start=10))
t(lambda: math.prod(["ab", 3]))
t(lambda: math.prod([3, "ab"]))
t(lambda: math.prod([[1], 2]))
t(lambda: math.prod([1, 2], start=[]))
t(lambda: math.prod(iter([1, 2, 3])))
t(lambda: math.prod((x / 2 for x in range(1, 6))))
t(lambda: math.prod([True, True]))
t(lambda: math.prod([10**20, 10**20]))
t(lambda: math.prod(1))
t(lambda: math.prod())
t(lambda: math.prod([1], 2))
t(lambda: math.prod([1], begin=2))
