d = {"a": 1, "b": None}
print(d.get("a"), d.get("x"), d.get("x", 0), d.get("b", "dflt"), d.get("b"))
print(d.setdefault("a", 99), d.setdefault("c"), d.setdefault("e", []), d)
d.setdefault("e", []).append(1)
d.setdefault("e", []).append(2)
print(d)
counts = {}
for w in "the cat the dog the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
try:
    d.get()
except TypeError as e:
    print("TypeError:", e)
try:
    d.get([1])
except TypeError as e:
    print("TypeError:", e)
