class WithReversed:
    def __reversed__(self):
        return iter(["custom", "reversed"])
class Sequence:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        print("len called")
        return len(self.data)
    def __getitem__(self, i):
        print("getitem", i)
        return self.data[i]
print(list(reversed(WithReversed())))
print(list(reversed(Sequence("xyz"))))
print(list(Sequence("ab")))
print("b" in Sequence("ab"))
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print("TypeError:", e)
class NoneRev:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
try:
    reversed(NoneRev())
except TypeError as e:
    print("TypeError:", e)
