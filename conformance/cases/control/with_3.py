# __exit__ returning a true value suppresses the exception
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("no exception")
            return False
        handled = issubclass(exc_type, self.types)
        print("saw", exc_type.__name__, repr(exc), "suppress:", handled)
        return handled
with Suppress(ZeroDivisionError):
    1 / 0
    print("not reached")
print("continues after suppressed exception")
with Suppress(KeyError):
    pass
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("propagated:", e)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return "non-empty string is true"
with Truthy():
    raise RuntimeError("swallowed")
print("truthy return also suppresses")
class Falsy:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        return 0
try:
    with Falsy():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("falsy return propagates:", e)
