# obj.__dict__['x'] = ... modifies the instance under a cached LOAD_ATTR
class V:
    def __init__(self):
        self.x = 1
        self.y = 2

v = V()
out = []
for i in range(150):
    if i == 40:
        v.__dict__["x"] = 100
    if i == 80:
        v.__dict__["z"] = "new"
        del v.__dict__["y"]
    if i == 120:
        v.__dict__.clear()
        v.__dict__.update(x=-1, y=-2)
    out.append((v.x, getattr(v, "y", None), getattr(v, "z", None)))
    if i in (0, 39, 40, 79, 80, 81, 119, 120, 149):
        print(i, out[-1])
print(len(set(out)))
