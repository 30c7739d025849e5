d = {"a": 3, "b": 1, "c": 2}
vals = d.values()
print(sorted(vals), max(vals), min(vals), sum(vals), 3 in vals, list(vals).count(1))
print(list(map(lambda kv: kv[0] * kv[1], d.items())))
print({k: v for k, v in sorted(d.items(), key=lambda kv: kv[1])})
print(dict(map(reversed, d.items())))
print(list(zip(d, d.values())), list(enumerate(d)))
print(vals == vals, d.values() == d.values(), list(d.values()) == [3, 1, 2])
