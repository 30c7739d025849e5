# throw() interacting with finally and with exceptions raised by the handler
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs on throw")
g = with_finally()
next(g)
try:
    g.throw(TypeError("x"))
except TypeError as e:
    print("caught", e)
def converts():
    try:
        yield "ready"
    except ValueError as e:
        raise RuntimeError("converted") from e
c = converts()
next(c)
try:
    c.throw(ValueError("original"))
except RuntimeError as e:
    print(repr(e), "cause:", repr(e.__cause__))
def finished():
    yield 1
f = finished()
list(f)
try:
    f.throw(ValueError("into finished generator"))
except ValueError as e:
    print("raised directly:", e)
def yields_from_handler():
    while True:
        try:
            x = yield
        except Exception as e:
            print("handler got", type(e).__name__)
h = yields_from_handler()
next(h)
h.throw(KeyError)
h.throw(ZeroDivisionError("z"))
h.close()
print("closed")
