# function redefined with a different arity; calls raise TypeError, caught
def g(x):
    return x * 2

errs = 0
for i in range(150):
    if i == 60:
        def g(x, y):
            return x * y
    if i == 110:
        def g():
            return "none"
    try:
        r = g(i)
    except TypeError as e:
        errs += 1
        r = "TypeError: " + str(e)
    if i % 20 == 0 or i in (59, 60, 109, 110):
        print(i, r)
print(errs)
