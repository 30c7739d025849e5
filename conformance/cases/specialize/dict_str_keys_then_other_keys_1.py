# dict subscript specialized for str keys; dict gains non-str keys (layout change) mid-loop
d = {"a": 1, "b": 2, "c": 3}
ks = ["a", "b", "c"]
s = 0
for i in range(180):
    if i == 60:
        d[1] = "one"
    if i == 90:
        d[(1, 2)] = "tup"
        del d["b"]
        d["b"] = 20
    if i == 120:
        d = {k: v for k, v in d.items() if isinstance(k, str)}
    s += d[ks[i % 3]]
    if i % 20 == 0 or i in (60, 90, 120):
        print(i, s, len(d))
print(sorted(d.items()))
