# decorators without arguments, stacked decorators
def shout(func):
    print("decorating", func.__name__)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
def exclaim(func):
    print("decorating", func.__name__)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs) + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
@exclaim
@shout
def both(x):
    return x
print(both("order"))
@shout
@exclaim
def reversed_order(x):
    return x
print(reversed_order("order"))
print(greet.__name__, both.__name__)
def register(func):
    registry.append(func.__name__)
    return func
registry = []
@register
def a(): pass
@register
def b(): pass
print(registry, a() is None)
def replace_with_value(func):
    return 42
@replace_with_value
def gone():
    pass
print(gone)
