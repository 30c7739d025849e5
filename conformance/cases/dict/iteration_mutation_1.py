d = {"a": 1, "b": 2, "c": 3}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in list(d):
    if d[k] > 15:
        del d[k]
print(d)
try:
    for k in d:
        d["new" + k] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
e = {1: 1, 2: 2}
try:
    for k in e:
        del e[k]
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(e)
f = {1: "x"}
try:
    for k, v in f.items():
        f.pop(k)
        f[k + 1] = v
except RuntimeError as ex:
    print("RuntimeError:", ex)
print(f)
g = {i: i for i in range(3)}
for k in g.keys():
    g[k] = "updated"
print(g)
