class Money:
    def __init__(self, cents):
        self.cents = cents
    def __int__(self):
        return self.cents // 100
    def __float__(self):
        return self.cents / 100
    def __index__(self):
        return self.cents
    def __round__(self, n=None):
        return f"round({n})"
m = Money(1234)
print(int(m), float(m), round(m), round(m, 1), hex(m))
class OnlyIndex:
    def __index__(self):
        return 7
print(int(OnlyIndex()), float(OnlyIndex()))
class BadFloat:
    def __float__(self):
        return 1
try:
    float(BadFloat())
except TypeError as e:
    print("TypeError:", e)
class NoConv:
    pass
for f in (int, float):
    try:
        f(NoConv())
    except TypeError as e:
        print("TypeError:", e)
