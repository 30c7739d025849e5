# errors from argument unpacking
def f(a, b=2, **kw):
    return a, b, kw
def attempt(thunk):
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError:", e)
attempt(lambda: f(1, **{"a": 5}))
attempt(lambda: f(**{"a": 1}, **{"a": 2}))
attempt(lambda: f(*5))
attempt(lambda: f(**[1, 2]))
attempt(lambda: f(**{1: "x"}))
attempt(lambda: f(*None))
attempt(lambda: f(*[1, 2, 3]))
attempt(lambda: f(1, b=2, **{"b": 3}))
attempt(lambda: f(**{"b": 1}))
attempt(lambda: f(*[], **{}))
attempt(lambda: f(1, **{"c": 3, "d": 4}))
