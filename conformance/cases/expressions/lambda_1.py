# lambda expressions
sq = lambda x: x * x
print(sq(7), (lambda: "no args")(), (lambda *a: a)(1, 2))
add = lambda a, b=10, *rest, c=0, **kw: (a, b, rest, c, kw)
print(add(1), add(1, 2, 3, c=4, d=5))
print((lambda x, /, y: x - y)(10, y=3))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(sorted([(1, "b"), (0, "c"), (1, "a")], key=lambda p: (p[0], p[1])))
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print((lambda: (yield_ := 3) + yield_)())
cond = lambda n: "big" if n > 10 else "small"
print(cond(5), cond(50))
print(sq.__name__, (lambda: 0).__name__)
nested = lambda a: lambda b: lambda c: a + b + c
print(nested(1)(2)(3))
table = {"+": lambda a, b: a + b, "*": lambda a, b: a * b}
print(table["+"](2, 3), table["*"](2, 3))
print((lambda x: (x, x))(1), (lambda: None)() is None)
