# implicit context chains through nested handlers
def chain():
    try:
        raise ValueError("one")
    except ValueError:
        try:
            raise TypeError("two")
        except TypeError:
            raise KeyError("three")
try:
    chain()
except KeyError as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, cur.args, "cause:", cur.__cause__)
        cur = cur.__context__
def explicit():
    try:
        raise ValueError("low level")
    except ValueError as low:
        raise RuntimeError("high level") from low
try:
    explicit()
except RuntimeError as e:
    print(repr(e), "<-", repr(e.__cause__), e.__cause__ is e.__context__)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(repr(caught.__cause__), caught.__context__)
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        raise inner
except ValueError as again:
    print("re-raising the same object keeps context:", again.__context__)
