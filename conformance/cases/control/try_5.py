# exceptions raised in except and finally blocks
def f():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")
try:
    f()
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
def g():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
try:
    g()
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__))
except ValueError:
    print("not this one")
def h():
    try:
        return 1
    finally:
        raise RuntimeError("finally raised after return")
try:
    h()
except RuntimeError as e:
    print("caught", e)
try:
    try:
        raise ValueError("a")
    except ValueError:
        print("handler runs")
        raise
    finally:
        print("finally runs before propagation")
except ValueError as e:
    print("outer", e)
