# a descriptor with only __set__ (data descriptor without __get__)
class SetOnly:
    def __init__(self):
        self.log = []
    def __set__(self, obj, value):
        self.log.append(value)

class H:
    pass

h = H()
for i in range(150):
    if i == 50:
        H.v = SetOnly()
    if i == 100:
        h.__dict__["v"] = "dictval"
    h.v = i
    r = h.v
    if i % 20 == 0 or i in (49, 50, 51, 99, 100, 101):
        print(i, type(r).__name__ if i >= 50 and i < 100 else r)
print(len(H.__dict__["v"].log), H.__dict__["v"].log[:3])
