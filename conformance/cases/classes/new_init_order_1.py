class Traced:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, *args):
        print("__init__", args)
        self.args = args
t = Traced(1, 2)
print(t.created, t.args)
class Sub(Traced):
    def __init__(self, x):
        print("Sub.__init__")
        super().__init__(x, x)
s = Sub(3)
print(s.args)
class Other:
    pass
class Weird:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never printed")
w = Weird()
print(type(w).__name__)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
