# yield inside try/except/else/finally
def gen():
    try:
        yield "in try"
    except KeyError:
        yield "in except"
    else:
        yield "in else"
    finally:
        print("finally (exhaustion)")
    yield "after"
print(list(gen()))
g = gen()
print(next(g), g.throw(KeyError), next(g))
try:
    next(g)
except StopIteration:
    print("done")
def loop_with_finally():
    for i in range(3):
        try:
            yield i
        finally:
            print("finally", i)
lf = loop_with_finally()
for v in lf:
    print("got", v)
    if v == 1:
        break
print("loop left early; the generator is still paused")
lf.close()
print("closed")
def return_in_finally():
    try:
        yield 1
        yield 2
    finally:
        return "finally return"
r = return_in_finally()
next(r)
try:
    r.throw(ValueError("discarded"))
except StopIteration as e:
    print("StopIteration value:", e.value)
