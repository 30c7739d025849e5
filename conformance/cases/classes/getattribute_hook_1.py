class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)
    def method(self):
        return "m"
x = Logged()
print(x.a)
print(x.method())
try:
    x.missing
except AttributeError as e:
    print("AttributeError:", e)
class Both:
    def __getattribute__(self, name):
        if name == "special":
            return "from getattribute"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
b = Both()
print(b.special, b.other)
b.real = 5
print(b.real)
class Upper:
    def __init__(self):
        self.word = "hello"
    def __getattribute__(self, name):
        value = super().__getattribute__(name)
        return value.upper() if isinstance(value, str) else value
print(Upper().word)
