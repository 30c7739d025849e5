records = [("b", 2, 1.5), ("a", 2, 0.5), ("c", 1, 3.0), ("a", 1, 2.0), ("b", 1, 0.1)]
print(sorted(records))
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: (r[1], -r[2])))
print(sorted(records, key=lambda r: (-r[1], r[0]), reverse=True))
print(max(records, key=lambda r: r[2]), min(records, key=lambda r: (r[1], r[0])))
groups = {}
for name, n, v in records:
    groups.setdefault(n, []).append(name)
print(groups)
