class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]
    def describe(self):
        return f"Base({self.name})"
class Middle(Base):
    def __init__(self, name, level):
        super().__init__(name)
        self.level = level
        self.log.append("Middle")
    def describe(self):
        return "Middle+" + super().describe()
class Leaf(Middle):
    def __init__(self):
        super().__init__("leaf", 3)
        self.log.append("Leaf")
    def describe(self):
        return "Leaf+" + super().describe()
x = Leaf()
print(x.name, x.level, x.log)
print(x.describe())
print(super(Leaf, x).describe(), super(Middle, x).describe())
class Cooperative(Base):
    def describe(self):
        parts = []
        for cls in type(self).__mro__:
            if "describe" in cls.__dict__:
                parts.append(cls.__name__)
        return parts
print(Cooperative("c").describe())
