# decorators on methods and classes, and the order decorators are evaluated
order = []
def trace(label):
    order.append("factory " + label)
    def deco(f):
        order.append("apply " + label)
        return f
    return deco
@trace("outer")
@trace("inner")
def f():
    pass
print(order)
def logged(method):
    def wrapper(self, *args):
        print("calling", method.__name__, "on", type(self).__name__)
        return method(self, *args)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, amount):
        self.balance += amount
        return self.balance
    @staticmethod
    @trace("static")
    def helper():
        return "static helper"
    @classmethod
    def create(cls):
        return cls()
acct = Account.create()
print(acct.deposit(50), acct.deposit(25))
print(Account.helper(), acct.helper())
def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
@add_greeting
class Person:
    pass
print(Person().greet())
print(order[-2:])
