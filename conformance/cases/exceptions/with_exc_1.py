# what __exit__ receives when the body raises
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.seen = (exc_type, exc, tb is not None)
        if exc_type is not None:
            print("exit sees", exc_type.__name__, repr(exc), "tb present:", tb is not None)
            print("value is instance of type:", isinstance(exc, exc_type))
        return exc_type is KeyError
cm = Inspect()
with cm:
    raise KeyError("suppressed")
print("after suppressed KeyError")
err = ValueError("identity")
try:
    with cm:
        raise err
except ValueError as e:
    print("same object propagated:", e is err, cm.seen[1] is err)
with cm:
    pass
print(cm.seen)
try:
    with cm:
        1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError propagated:", e)
try:
    with cm:
        raise KeyboardInterrupt
except BaseException as e:
    print("BaseException passes too:", type(e).__name__)
