# closures made in loops share the loop variable's cell
def make_all():
    funcs = []
    for i in range(3):
        def f():
            return i
        funcs.append(f)
    return funcs
print([f() for f in make_all()])
def make_all_fixed():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return funcs
print([f() for f in make_all_fixed()])
def make_all_factory():
    def factory(i):
        return lambda: i
    return [factory(i) for i in range(3)]
print([f() for f in make_all_factory()])
def while_closures():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]
print(while_closures())
def later_change():
    x = "before"
    f = lambda: x
    x = "after"
    return f()
print(later_change())
