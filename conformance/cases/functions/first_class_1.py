# functions are values: stored, passed, returned and given attributes
def square(x):
    return x * x
def cube(x):
    return x ** 3
ops = {"sq": square, "cu": cube, "neg": lambda x: -x}
print({name: f(3) for name, f in ops.items()})
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([square, cube, abs, str], -2))
def compose(*funcs):
    def composed(x):
        for f in reversed(funcs):
            x = f(x)
        return x
    return composed
print(compose(square, cube)(2), compose(str, square, lambda x: x + 1)(3), compose()(7))
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
value = "  Hello World  "
for step in pipeline:
    value = step(value)
print(value)
square.calls = 0
square.description = "squares a number"
print(square.calls, square.description)
f = square
print(f is square, f(12), f.__name__)
print(sorted(["banana", "Apple", "cherry"], key=str.lower))
print(list(map(pow, [2, 3], [3, 2])), max(["aa", "b"], key=len))
funcs = [square, cube]
funcs.reverse()
print(funcs[0](2), callable(funcs[0]), callable(42))
