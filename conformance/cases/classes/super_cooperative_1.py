calls = []
class Root:
    def __init__(self, **kw):
        calls.append("Root")
class A(Root):
    def __init__(self, a=0, **kw):
        calls.append("A")
        self.a = a
        super().__init__(**kw)
class B(Root):
    def __init__(self, b=0, **kw):
        calls.append("B")
        self.b = b
        super().__init__(**kw)
class C(A, B):
    def __init__(self, **kw):
        calls.append("C")
        super().__init__(**kw)
c = C(a=1, b=2)
print(calls, c.a, c.b)
class Greeter:
    def greet(self):
        return "hello"
class Loud(Greeter):
    def greet(self):
        return super().greet().upper() + "!"
class Twice(Loud):
    def greet(self):
        return super().greet() * 2
print(Twice().greet(), Loud().greet())
class WithClassMethod(Greeter):
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(WithClassMethod):
    @classmethod
    def make(cls):
        return "Sub->" + super().make()
print(Sub.make(), Sub().make())
