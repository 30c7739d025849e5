d = {i: str(i) for i in range(6)}
del d[0]
del d[3]
print(d)
d[0] = "again"
print(d)
for k in [1, 2]:
    del d[k]
print(d, len(d))
while d:
    k, v = d.popitem()
    print("popped", k, v)
print(d)
d.update(a=1)
print(d)
