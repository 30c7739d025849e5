import itertools, sys
def err(f):
    try:
        print("ok", list(f()))
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: itertools.islice("abc", 2**64))
err(lambda: itertools.islice("abc", 1, 2**64))
err(lambda: itertools.islice("abc", 2**64, 3))
err(lambda: itertools.islice("abc", 0, 3, 2**64))
err(lambda: itertools.islice("abc", sys.maxsize, None))
err(lambda: itertools.islice("abcdef", 1, sys.maxsize, sys.maxsize))
err(lambda: itertools.islice("abc", -5))
err(lambda: itertools.islice("abc", None, -5))
err(lambda: itertools.islice("abc", "a", 2))
class I:
    def __index__(self):
        return 2
err(lambda: itertools.islice("abcdef", I(), None, I()))
err(lambda: itertools.islice(1, 1))
