print(type(1), type(1.0), type("s"), type(None), type([]), type(()), type({}), type(set()), type(True), type(b""), type(range(0)), type(type))
print(type(1) is int, type(True) is int, type(type(1)) is type, type(int) is type)
print(type(1)("5") + 1, type("")(12), type([])("ab"), type(3.0)("1e3"))
def method(self):
    return f"I am {self.name}"
Person = type("Person", (object,), {"name": "anon", "who": method})
p = Person()
print(p.who(), Person.__name__, type(p).__name__, Person)
Student = type("Student", (Person,), {"name": "stud"})
print(Student().who(), issubclass(Student, Person), Student.__bases__[0].__name__)
try:
    type(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    type()
except TypeError as e:
    print("TypeError:", e)
