# one LOAD_ATTR site sees many different classes (polymorphic / megamorphic)
classes = []
for k in range(6):
    classes.append(type("C%d" % k, (), {"kind": k, "get": lambda self, k=k: self.v + k}))

objs = []
for i in range(180):
    o = classes[(i // 30) if i < 90 else i % 6]()
    o.v = i
    objs.append(o)

s = 0
for i, o in enumerate(objs):
    s += o.v + o.kind + o.get()
    if i % 15 == 0:
        print(i, type(o).__name__, o.kind, o.get())
print(s)
