class A:
    def f(self):
        return "A.f"
    @classmethod
    def c(cls):
        return f"A.c({cls.__name__})"
class B(A):
    def f(self):
        return "B.f+" + super().f()
    @classmethod
    def c(cls):
        return "B.c+" + super().c()
class C(B):
    def f(self):
        return "C.f+" + super().f()
    def skip(self):
        return super(B, self).f()
print(C().f(), C().skip(), C.c(), B.c())
print(super(C, C()).f(), super(B, C).c())
def outside():
    try:
        return super().f()
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
print(outside())
class D(A):
    def f(self):
        parent = super().f()
        return [parent for _ in range(2)]
print(D().f())
