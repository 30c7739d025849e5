registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@register
@add_greeting
class One:
    pass
@register
class Two(One):
    pass
print(registry, One().greet(), Two().greet())
def replace(cls):
    return 42
@replace
class Gone:
    pass
print(Gone)
