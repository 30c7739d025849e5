# __delattr__ added later; del obj.x in a hot loop
class M:
    pass

m = M()
dels = []
for i in range(120):
    m.x = i
    if i == 60:
        M.__delattr__ = lambda self, name: dels.append(name)
    if i == 100:
        del M.__delattr__
    del m.x
    if i % 20 == 0 or i in (59, 60, 61, 99, 100, 101):
        print(i, hasattr(m, "x"), len(dels))
print(len(dels))
