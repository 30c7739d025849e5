# exceptions inside a generator reach whoever called next(), and finish it
def risky(values):
    for v in values:
        yield 10 // v
g = risky([5, 2, 0, 1])
print(next(g), next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(next(g, "finished"), list(g))
def guarded(values):
    for v in values:
        try:
            yield 10 // v
        except ZeroDivisionError:
            print("caught inside the generator; the loop goes on")
try:
    print(list(guarded([1, 0])))
except ZeroDivisionError as e:
    print("escaped:", e)
def handles_inside(values):
    for v in values:
        try:
            result = 10 // v
        except ZeroDivisionError:
            result = "inf"
        yield result
print(list(handles_inside([1, 0, 5])))
total = 0
try:
    for x in risky([1, 2, 0]):
        total += x
except ZeroDivisionError:
    print("loop interrupted, total so far", total)
def bad_arg(n):
    yield n + 1
g2 = bad_arg("text")
print("no error until first next")
try:
    next(g2)
except TypeError as e:
    print("TypeError:", e)
try:
    bad_arg()
except TypeError as e:
    print("TypeError at call:", e)
