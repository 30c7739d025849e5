# instances of the same class with attributes assigned in different orders
class P:
    pass

def make(i):
    p = P()
    if i % 2:
        p.x = i
        p.y = -i
    else:
        p.y = -i
        p.x = i
    if i % 3 == 0:
        p.z = "z"
    return p

objs = [make(i) for i in range(120)]
tx = ty = 0
for i, p in enumerate(objs):
    tx += p.x
    ty += p.y
    if i % 17 == 0:
        print(i, p.x, p.y, list(vars(p)), getattr(p, "z", None))
print(tx, ty)
