# close() raises GeneratorExit at the paused yield
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("cleanup")
g = gen()
print(next(g))
print(g.close())
print(list(g))
g.close()
print("second close is a no-op")
u = gen()
u.close()
print("closing an unstarted generator runs nothing")
done = gen()
print(list(done))
done.close()
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed, returning")
        return "ignored value"
s = swallow()
next(s)
print(s.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to stop"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
