class Temp:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        print("get")
        return self._c
    @celsius.setter
    def celsius(self, value):
        print("set", value)
        if value < -273.15:
            raise ValueError("too cold")
        self._c = value
    @celsius.deleter
    def celsius(self):
        print("delete")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print("AttributeError:", e)
try:
    del t.fahrenheit
except AttributeError as e:
    print("AttributeError:", e)
print(type(Temp.celsius).__name__, Temp.celsius.fget is not None, Temp.fahrenheit.fset)
