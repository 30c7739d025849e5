# what def evaluates and when: decorators, then defaults, then annotations
def trace(label, value=None):
    print("eval", label)
    return value if value is not None else label
def deco(name):
    trace("decorator expression " + name)
    def apply(f):
        print("apply decorator", name)
        return f
    return apply
@deco("first")
@deco("second")
def f(a=trace("default a", 1), *, b=trace("kw default b", 2)) -> trace("return annotation", "r"):
    print("body runs only when called")
    return a + b
print("defined")
print(f())
def g():
    print("g body")
print("g defined but not called")
if True:
    def h():
        return "first h"
else:
    def h():
        return "second h"
print(h())
def h():
    return "redefined h"
print(h())
