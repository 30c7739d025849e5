class C:
    def __init__(self):
        self.a = 1
c = C()
print(c.a)
c.b = 2
print(c.b)
print(c.x)
