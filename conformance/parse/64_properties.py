# Properties, static and class methods, slots and dunders.
class Temperature:
    __slots__ = ('_celsius',)
    scale = "C"
    def __init__(self, celsius=0.0):
        self._celsius = celsius
    @property
    def celsius(self):
        return self._celsius
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero")
        self._celsius = value
    @celsius.deleter
    def celsius(self):
        self._celsius = 0.0
    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32
    @staticmethod
    def from_f(f):
        return Temperature((f - 32) * 5 / 9)
    @classmethod
    def zero(cls):
        return cls(0.0)
    def __repr__(self):
        return f"Temperature({self._celsius!r})"
    def __eq__(self, other):
        return isinstance(other, Temperature) and self._celsius == other._celsius
    def __hash__(self):
        return hash(self._celsius)
    def __lt__(self, other):
        return self._celsius < other._celsius
    def __bool__(self):
        return self._celsius != 0
    def __add__(self, other):
        return Temperature(self._celsius + other._celsius)
    __radd__ = __add__
    def __iadd__(self, other):
        self._celsius += other._celsius
        return self
t = Temperature(25)
t.celsius = 30
del t.celsius
t += Temperature(5)
print(t, t.fahrenheit, Temperature.from_f(212), Temperature.zero(), t == Temperature(5), bool(t), sorted([t, Temperature(1)]))
