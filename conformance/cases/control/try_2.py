# return inside try and finally
def a():
    try:
        return "from try"
    finally:
        print("finally in a")
print(a())
def b():
    try: return "from try"
    finally: return "from finally"
print(b())
def c():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"
print(c())
def d():
    try:
        raise ValueError("x")
    except ValueError:
        return "from except"
    finally:
        print("finally in d")
print(d())
def e():
    try:
        pass
    except Exception:
        return "not this"
    else:
        return "from else"
    finally:
        print("finally in e")
print(e())
def f():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f())
def g():
    lst = [1]
    try:
        return lst
    finally:
        lst.append(2)
print(g())
