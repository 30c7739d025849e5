class Base:
    def __init__(self):
        self.ready = True
class Child(Base):
    def __init__(self):
        self.name = "child"
c = Child()
print(c.name)
print(c.ready)
