# while-loop condition variable changes type each phase
x = 60
n = 0
while x:
    n += 1
    x -= 1
print(n, x)
x = list(range(70))
while x:
    x.pop()
    n += 1
print(n, x)
x = "a" * 55
while x:
    x = x[1:]
    n += 1
print(n, repr(x))
class C:
    def __init__(self):
        self.k = 60
    def __bool__(self):
        self.k -= 1
        return self.k > 0
c = C()
while c:
    n += 1
print(n, c.k)
