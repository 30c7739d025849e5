# subclass method deleted mid-loop: base class method must be used
class Base:
    def who(self):
        return "base"

class Child(Base):
    def who(self):
        return "child"

c = Child()
counts = {}
for i in range(150):
    if i == 70:
        del Child.who
    if i == 120:
        Base.who = lambda self: "patched-base"
    r = c.who()
    counts[r] = counts.get(r, 0) + 1
    if i in (0, 69, 70, 71, 119, 120, 149):
        print(i, r)
print(sorted(counts.items()))
