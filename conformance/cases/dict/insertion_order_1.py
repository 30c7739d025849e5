d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d, list(d))
d["a"] = 20
print(d)
del d["z"]
d["z"] = 100
print(d)
d.pop("a")
d["a"] = 0
print(list(d.keys()), list(d.values()), list(d.items()))
e = {3: "c", 1: "a", 2: "b"}
print(e, sorted(e), {k: e[k] for k in sorted(e)})
f = dict(b=1, a=2)
print(f)
g = {**e, 0: "zero", 3: "C"}
print(g)
