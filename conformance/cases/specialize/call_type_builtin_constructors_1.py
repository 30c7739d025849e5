# calls to type objects (int, str, tuple, list) at a site that also sees user classes
class Box:
    def __init__(self, v=0):
        self.v = v
    def __repr__(self):
        return "Box(%r)" % (self.v,)

ctors = [int, str, float, list, tuple, Box, bool]
out = []
for i in range(210):
    c = ctors[0] if i < 60 else ctors[i % len(ctors)]
    arg = i if c not in (list, tuple) else range(i % 3)
    out.append(c(arg))
    if i % 20 == 0 or 60 <= i < 67:
        print(i, c.__name__, repr(out[-1]))
print(len(out))
