class IterOnly:
    def __iter__(self):
        print("iter called")
        return iter([1, 2, 3])
class GetItemOnly:
    def __getitem__(self, i):
        print("getitem", i)
        if i > 2:
            raise IndexError
        return i * 10
print(2 in IterOnly(), 5 in IterOnly())
print(10 in GetItemOnly(), 99 in GetItemOnly())
class ContainsTruthy:
    def __contains__(self, x):
        return "non-empty string"
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
class Nothing:
    pass
try:
    1 in Nothing()
except TypeError as e:
    print("TypeError:", e)
