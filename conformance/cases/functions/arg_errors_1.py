# TypeError messages for bad calls
def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)
def none(): pass
def one(a): pass
def two(a, b): pass
def three(a, b, c): pass
def opt(a, b=1): pass
def kw(*, x, y, z): pass
attempt(lambda: none(1))
attempt(lambda: none(1, 2))
attempt(lambda: one())
attempt(lambda: one(1, 2))
attempt(lambda: two())
attempt(lambda: two(1))
attempt(lambda: three())
attempt(lambda: three(1))
attempt(lambda: opt())
attempt(lambda: opt(1, 2, 3))
attempt(lambda: one(b=1))
attempt(lambda: one(1, b=1))
attempt(lambda: one(1, a=2))
attempt(lambda: none(x=1))
attempt(lambda: kw())
attempt(lambda: kw(x=1))
attempt(lambda: kw(1, x=1, y=2, z=3))
attempt(lambda: opt(1, 2, b=3))
