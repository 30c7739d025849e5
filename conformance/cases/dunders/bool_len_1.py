class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("bool called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("len called")
        return self.n
print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)), len(L(7)))
if L(0):
    print("no")
else:
    print("empty L is falsy")
print(not B(False), B(True) and "and-result", L(0) or "or-result")
class Both:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Both()))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError as e:
    print("ValueError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
