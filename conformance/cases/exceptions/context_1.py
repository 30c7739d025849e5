# implicit exception context
try:
    try:
        1 / 0
    except ZeroDivisionError:
        {}["k"]
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    raise ValueError("no handler active")
except ValueError as e:
    print("context is", e.__context__)
def helper():
    raise IndexError("from helper")
try:
    try:
        raise TypeError("outer")
    except TypeError:
        helper()
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise KeyError("a")
    except KeyError:
        pass
    raise ValueError("after handler finished")
except ValueError as e:
    print("context after a finished handler:", e.__context__)
try:
    try:
        raise KeyError("a")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print("context from finally:", repr(e.__context__))
try:
    try:
        raise KeyError("loop")
    except KeyError as ke:
        raise ke
except KeyError as e:
    print("re-raising the handled exception does not make it its own context:", e.__context__)
