# throw() raises an exception at the paused yield
def resilient():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("generator caught", repr(e))
            yield "recovered"
g = resilient()
print(next(g))
print(g.throw(ValueError("bad value")))
print(next(g))
print(g.throw(ValueError))
try:
    g.throw(KeyError("not handled"))
except KeyError as e:
    print("propagated to caller:", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished after an unhandled throw")
def unstarted():
    print("never runs")
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("thrown into unstarted generator:", e)
print(list(u))
def returns_on_throw():
    try:
        yield 1
    except IndexError:
        return "returned after throw"
r = returns_on_throw()
next(r)
try:
    r.throw(IndexError)
except StopIteration as e:
    print("StopIteration value:", e.value)
