# the name bound by "except ... as" is deleted after the handler
e = "outer value"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    return saved
print(repr(f()))
def g():
    exc = None
    try:
        raise KeyError(1)
    except KeyError as exc:
        pass
    try:
        return exc
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(g())
try:
    raise IndexError("i")
except IndexError:
    print("handler without a name")
