class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
class Puppy(Dog):
    def speak(self):
        return Animal.speak(self) + " (tiny)"
    def kind(self):
        return "puppy/" + super().kind()
class Cat(Animal):
    sound = "meow"
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
for a in (Animal("gen"), Dog("rex"), Puppy("bit"), Cat("tom", True)):
    print(type(a).__name__, a.speak(), a.kind())
print(Cat("x", False).indoor, Puppy.sound, Puppy.__mro__[1].__name__)
try:
    Cat("only-name")
except TypeError as e:
    print("TypeError:", e)
