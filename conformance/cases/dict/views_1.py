d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), len(v), len(i), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i, "z" in k)
d["d"] = 4
del d["a"]
print(k, v, i)
print(list(k), list(v), list(i), type(k).__name__, type(v).__name__, type(i).__name__)
print(sorted(d.keys(), reverse=True), sum(d.values()), [x for x in reversed(d.keys())])
print(list(reversed(d.values())), list(reversed(d.items())))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], i == {("b", 2), ("c", 3), ("d", 4)})
print(v == v, d.values() == d.values())
it = iter(d.items())
print(next(it), next(it))
