d = {}
for ch in "hello world":
    d.setdefault(ch, len(d))
print(d)
print("".join(d))
e = dict.fromkeys("xyz", 0)
e.pop("y")
e.setdefault("y", 1)
e["x"] = 5
print(e, list(e))
f = {1: "a"}
f.update({2: "b", 1: "A"})
print(f)
f[3] = f.pop(1)
print(f)
