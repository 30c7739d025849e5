# args, str() and repr() for different numbers of constructor arguments
for exc in [ValueError(), ValueError("one"), ValueError("a", "b"), ValueError(42),
            ValueError(None), ValueError(""), ValueError(("t",)), ValueError([1, 2])]:
    print(repr(exc), "|", str(exc), "|", exc.args)
e = RuntimeError("first")
e.args = ("replaced", 2)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
class Custom(Exception):
    pass
print(repr(Custom()), repr(Custom("x")), str(Custom("x", "y")))
print(Exception("msg").args[0], len(Exception(1, 2, 3).args))
try:
    raise TypeError("raised", "with", "three")
except TypeError as caught:
    print(caught.args, caught)
print(str(BaseException("base")), repr(BaseException()))
