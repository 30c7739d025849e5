a = [1]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
print(a == a, len(a))
print(a + 1)
