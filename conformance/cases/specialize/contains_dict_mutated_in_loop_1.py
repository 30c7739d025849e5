# a dict looked up in a hot loop is mutated (insert/delete/clear/rebuild) between lookups
d = {"a": 1, "b": 2, "c": 3}
keys = ["a", "b", "c", "d"]
got = []
for i in range(200):
    k = keys[i % 4]
    if i == 50:
        d["d"] = 4
    if i == 90:
        del d["a"]
    if i == 130:
        d.clear()
    if i == 160:
        d = dict.fromkeys(keys, 0)
    if i % 30 == 7:
        for j in range(10):
            d["tmp%d" % j] = j
        for j in range(10):
            del d["tmp%d" % j]
    r = d.get(k, None)
    got.append(r)
    if k in d:
        r2 = d[k]
    else:
        r2 = "absent"
    if i % 20 == 0 or i in (50, 51, 90, 91, 130, 131, 160, 161):
        print(i, k, r, r2)
print(got.count(None), len(got))
