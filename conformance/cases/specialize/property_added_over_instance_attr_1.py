# property (data descriptor) with same name as an instance attribute added mid-loop: property wins
class C:
    def __init__(self):
        self.x = "inst"

c = C()
for i in range(140):
    if i == 50:
        C.x = property(lambda self: "prop")
    if i == 100:
        del C.x
    r = c.x
    if i % 20 == 0 or i in (49, 50, 51, 99, 100, 101):
        print(i, r, c.__dict__)
