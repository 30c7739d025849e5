# args are set even when __init__ does not call super().__init__
class NoSuper(Exception):
    def __init__(self, value, extra="e"):
        self.value = value
e = NoSuper(42, extra="x")
print(e.args, repr(e), str(e), e.value)
class ChangesArgs(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
c = ChangesArgs(1, 2)
print(c.args, repr(c), str(c))
class Defaults(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)
print(repr(Defaults()), repr(Defaults("given")))
class KeyLike(KeyError):
    pass
print(str(KeyLike("k")), repr(KeyLike("k")))
class StrOnly(ValueError):
    def __str__(self):
        return "custom str, args=" + repr(self.args)
s = StrOnly(1, 2)
print(str(s), repr(s))
try:
    raise NoSuper("raised")
except NoSuper as err:
    print("caught", err.value, err.args)
