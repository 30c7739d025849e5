# __name__ and __qualname__ of functions, nested functions, methods and lambdas
def top():
    def nested():
        def deeper():
            pass
        return deeper
    return nested
print(top.__name__, top.__qualname__)
print(top().__name__, top().__qualname__)
print(top()().__name__, top()().__qualname__)
class Outer:
    def method(self):
        pass
    class Inner:
        def method(self):
            def local():
                pass
            return local
    @staticmethod
    def static():
        pass
print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
print(Outer.static.__qualname__, Outer.Inner.__qualname__, Outer.__name__)
f = lambda: None
print(f.__name__, f.__qualname__)
def make_lambda():
    return lambda: 0
print(make_lambda().__qualname__)
alias = top
print(alias.__name__)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__, renamed.__qualname__)
print(Outer().method.__name__, len.__name__, print.__qualname__)
print(type(top).__name__, type(Outer().method).__name__, type(len).__name__)
