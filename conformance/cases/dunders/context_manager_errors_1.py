class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a):
        return False
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with FailingEnter():
        print("body should not run")
except RuntimeError as e:
    print("RuntimeError:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("from exit")
try:
    with ExitRaises():
        raise KeyError("inner")
except ValueError as e:
    print("ValueError:", e, "| context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "yes"
with Truthy():
    1 / 0
print("suppressed by truthy return")
