d = {1.5: "a", 2.0: "b", 0.5: "c"}
d[2] = "B"
print(d)
print(d[2.0], 1.5 in d, 1 in d)
s = {1.0, 1, True, 2.0, 2}
print(len(s), sorted(s))
vals = [3.3, -1.1, 2.2, 0.0, -0.0, 1e-9]
print(sorted(vals), sorted(vals, reverse=True))
print(sorted(vals, key=abs))
print(list(map(float, ["1", "2.5", "-3e2"])))
