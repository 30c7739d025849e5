import functools
def power(base, exp):
    return base ** exp
square = functools.partial(power, exp=2)
cube = functools.partial(power, exp=3)
print([square(i) for i in range(5)], list(map(cube, [1, 2])))
print(sorted(["b", "A", "c"], key=functools.partial(str.lower)))
def kw(a, b):
    return a - b
try:
    functools.partial(kw, b=1)(1, 2)
except TypeError as e:
    print(e)
p = functools.partial(print, "x", sep="-")
p("y")
p("y", sep="+")
print(functools.reduce(functools.partial(kw), [10, 1, 2]))
