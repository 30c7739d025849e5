# bare raise re-raises the exception being handled
def handler():
    try:
        int("x")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    handler()
except ValueError as e:
    print("outer got", e)
try:
    raise RuntimeError("no active exception to re-raise?")
except RuntimeError:
    pass
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def reraise_after_nested():
    try:
        raise KeyError("outer")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise
try:
    reraise_after_nested()
except KeyError as e:
    print("re-raised the outer one:", repr(e))
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    raise ValueError("x") from 42
except TypeError as e:
    print("TypeError:", e)
class NotAnException:
    pass
try:
    raise NotAnException
except TypeError as e:
    print("TypeError:", e)
