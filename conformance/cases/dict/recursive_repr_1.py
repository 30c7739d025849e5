d = {"a": 1}
d["self"] = d
print(d)
print(str(d), len(d), d["self"]["self"]["a"])
e = {"list": [d]}
print(e)
f = {}
g = {"f": f}
f["g"] = g
print(f, g)
h = {1: {2: {3: {}}}}
print(h, h[1][2])
i = {"k": []}
i["k"].append(i)
print(i)
print({(1, 2): [{"x": None}], "s": {1, 2}})
