recs = [("x", 2), ("y", 1), ("z", 2), ("w", 1), ("v", 3)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(list(reversed(sorted(recs, key=lambda r: r[1]))))
print(sorted(recs, key=lambda r: -r[1]))
print(sorted(recs, reverse=True))
print(sorted([1, True, 1.0, 0, False, 0.0], reverse=True), sorted([1, True, 1.0, 0, False, 0.0]))
