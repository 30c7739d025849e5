# in uses __contains__, then __iter__, then __getitem__
class C1:
    def __contains__(self, item):
        print("__contains__", item)
        return item == "yes"
class C2:
    def __iter__(self):
        print("__iter__")
        return iter([1, 2, 3])
class C3:
    def __getitem__(self, i):
        print("__getitem__", i)
        if i > 2:
            raise IndexError
        return i * 10
print("yes" in C1(), "no" in C1(), "no" not in C1())
print(2 in C2())
print(5 in C2())
print(10 in C3())
print(99 in C3())
class Truthy:
    def __contains__(self, item):
        return "non-empty"
print(1 in Truthy(), 1 not in Truthy())
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__")
        return True
print(Eq() in [1], 5 in [Eq()])
