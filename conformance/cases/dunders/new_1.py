class Upper(str):
    def __new__(cls, value):
        print("Upper.__new__")
        return super().__new__(cls, value.upper())
u = Upper("hello")
print(u, type(u).__name__, isinstance(u, str), u + "!", len(u))
class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
p = Pos(-5)
print(p, p + 1, type(p + 1).__name__, type(p).__name__, p == 5)
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    def swap(self):
        return Pair(self[1], self[0])
pr = Pair(1, 2)
print(pr, pr.swap(), len(pr), pr[0], isinstance(pr, tuple))
class NewReturnsNone:
    def __new__(cls):
        return None
    def __init__(self):
        print("not called")
print(NewReturnsNone())
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print("TypeError:", e)
