print(format(42), format(3.5), format("s"), format(None), format([1, "a"]), format((1,)))
print(format(42, ""), format(1e16, ""), format(1e16, "g"), format(0.1 + 0.2, ""))
print(repr(format(1.0, "")), repr(format(1.0, "<5")), repr(format(1.0, "g")), repr(format(1e-5, ">8")))
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
print(format(C(), "abc"), f"{C():xyz}", "{:q}".format(C()), f"{C()}")
class D:
    def __str__(self):
        return "D!"
print(format(D()), f"{D()}", "{}".format(D()), f"{D()!s:>4}")
try:
    format(D(), "x")
except TypeError as e:
    print("TypeError:", e)
print(type(format(5)).__name__)
