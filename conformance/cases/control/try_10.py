# exceptions raised in else are not caught by the same try's handlers
def f(x):
    try:
        value = int(x)
    except ValueError:
        return "bad input"
    else:
        if value < 0:
            raise ValueError("negative")
        return value
    finally:
        print("finally for", repr(x))
print(f("5"))
print(f("z"))
try:
    f("-3")
except ValueError as e:
    print("escaped from else:", e)
def handler_in_finally():
    try:
        raise KeyError("a")
    finally:
        try:
            raise ValueError("b")
        except ValueError as e:
            print("handled inside finally:", e, "context:", repr(e.__context__))
try:
    handler_in_finally()
except KeyError as e:
    print("original still propagates:", repr(e))
def except_raises_again():
    try:
        raise IndexError(1)
    except IndexError:
        raise
    except Exception:
        print("sibling handler does not see it")
try:
    except_raises_again()
except IndexError as e:
    print("IndexError propagated", e.args)
