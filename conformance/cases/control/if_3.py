# user-defined truthiness through __bool__ and __len__
class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("__bool__ called")
        return self.v
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("__len__ called")
        return self.n
class Plain:
    pass
for obj in [B(True), B(False), L(0), L(3), Plain()]:
    if obj:
        print(type(obj).__name__, "true")
    else:
        print(type(obj).__name__, "false")
print(not B(True), bool(L(2)))
class Bad:
    def __bool__(self):
        return 1
try:
    if Bad():
        pass
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print("ValueError:", e)
