d = {}
d["ok"] = 1
d[(1, 2)] = 2
print(d)
key = [1, 2]
print("about to use a list key")
d[key] = 3
