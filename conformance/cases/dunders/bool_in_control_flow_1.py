class Flag:
    def __init__(self, v, name):
        self.v = v
        self.name = name
    def __bool__(self):
        print("bool", self.name)
        return self.v
t, f = Flag(True, "t"), Flag(False, "f")
print((t and f).name)
print((f and t).name)
print((t or f).name)
print((f or t).name)
print(not t)
x = 3 if f else 4
print(x)
while f:
    pass
print([x.name for x in (t, f) if x])
print(all([t, f]), any([f, t]))
