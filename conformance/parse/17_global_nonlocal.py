# global and nonlocal declarations.
counter = 0
a = b = 0
def incr():
    global counter
    counter += 1
def many():
    global a, b
    a, b = 1, 2
def outer():
    x = 0
    y = 0
    def inner():
        nonlocal x
        x += 1
        def innermost():
            nonlocal x, y
            x += 10
            y += 10
        innermost()
    inner()
    return x, y
def mixed():
    global counter
    value = 5
    def g():
        nonlocal value
        global a
        value += counter
        a = value
        return value
    return g()
class K:
    global b
    b = 100
incr()
many()
print(counter, a, b, outer(), mixed())
