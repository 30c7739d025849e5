# accidental infinite recursion through __getattr__, __setattr__ and __len__
class Lazy:
    def __getattr__(self, name):
        return self.missing_helper(name)
try:
    Lazy().anything
except RecursionError as e:
    print("__getattr__:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class Setter:
    def __setattr__(self, name, value):
        self.__dict__[name] = value
        if name == "x":
            self.x = value + 1
try:
    Setter().x = 1
except RecursionError as e:
    print("__setattr__:", type(e).__name__)
class Sized:
    def __len__(self):
        return len(self) + 1
try:
    len(Sized())
except RecursionError as e:
    print("__len__:", type(e).__name__)
class Fixed:
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return "computed " + name
print(Fixed().color, hasattr(Fixed(), "_private"))
class SafeSetter:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
s = SafeSetter()
s.x = 21
print(s.x)
