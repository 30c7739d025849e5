# argument errors for methods, lambdas and built-in functions
class C:
    def m(self, a):
        return a
    @staticmethod
    def s(a):
        return a
    @classmethod
    def c(cls, a):
        return a
def attempt(thunk):
    try:
        thunk()
    except TypeError as e:
        print(e)
attempt(lambda: C().m())
attempt(lambda: C().m(1, 2))
attempt(lambda: C.m(1))
attempt(lambda: C.s())
attempt(lambda: C.c(1, 2))
attempt(lambda: C().m(a=1, b=2))
attempt(lambda: C(1))
attempt(lambda: (lambda x: x)())
attempt(lambda: (lambda: 0)(1))
attempt(lambda: len())
attempt(lambda: len(1, 2))
attempt(lambda: abs())
attempt(lambda: isinstance(1))
attempt(lambda: divmod(1))
attempt(lambda: print(foo=1))
print(C().m(a=5), C.s(a=6), C.c(a=7))
