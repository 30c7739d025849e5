class Dog:
    species = "canine"
    tricks = []
    def __init__(self, name):
        self.name = name
a = Dog("rex")
b = Dog("fido")
print(a.species, b.species, Dog.species)
a.species = "wolf"
print(a.species, b.species, Dog.species)
Dog.species = "dog"
print(a.species, b.species)
del a.species
print(a.species)
a.tricks.append("roll")
print(b.tricks, Dog.tricks)
b.tricks = ["own"]
print(b.tricks, a.tricks)
print(a.__dict__, b.__dict__)
print("species" in Dog.__dict__, "name" in Dog.__dict__, "name" in vars(a))
try:
    del a.species
except AttributeError as e:
    print("AttributeError:", e)
Dog.new_attr = 7
print(a.new_attr, b.new_attr)
