# decorators with arguments and class-based decorators
def repeat(times):
    print("repeat factory called with", times)
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def roll(x):
    return x * 2
print(roll(5))
def tag(name, **attrs):
    def decorator(func):
        def wrapper():
            extra = "".join(f' {k}="{v}"' for k, v in attrs.items())
            return f"<{name}{extra}>{func()}</{name}>"
        return wrapper
    return decorator
@tag("b")
@tag("a", href="/x")
def link():
    return "text"
print(link())
class CountCalls:
    def __init__(self, func):
        self.func = func
        self.calls = 0
    def __call__(self, *args):
        self.calls += 1
        return self.func(*args)
@CountCalls
def add(a, b):
    return a + b
print(add(1, 2), add(3, 4), add.calls, type(add).__name__)
decorators = {"double": lambda f: lambda x: 2 * f(x)}
@decorators["double"]
def inc(x):
    return x + 1
print(inc(10))
@(lambda f: f)
def identity_decorated():
    return "expression decorator"
print(identity_decorated())
