# raise in all its forms.
class MyError(Exception):
    pass
def f(kind):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise ValueError("message")
    if kind == 2:
        raise ValueError("a") from None
    if kind == 3:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise MyError("wrapped") from e
    if kind == 4:
        try:
            pass
        finally:
            pass
        raise
    if kind == 5:
        raise MyError() from KeyError("k")
    if kind == 6:
        raise (ValueError)
    if kind == 7:
        raise ValueError("x") if kind else TypeError("y")
    if kind == 8:
        err = RuntimeError
        raise err from err
for k in range(9):
    try:
        f(k)
    except Exception as exc:
        print(type(exc).__name__, exc.__cause__)
    except BaseException:
        raise
