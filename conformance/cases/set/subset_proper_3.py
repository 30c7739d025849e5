sets = [set(), {1}, {2}, {1, 2}, {1, 2, 3}]
print("columns: a<b, a<=b, disjoint")
for a in sets:
    print(sorted(a), [int(a < b) for b in sets], [int(a <= b) for b in sets], [int(a.isdisjoint(b)) for b in sets])
print(all(s <= sets[-1] for s in sets), any(s > sets[-1] for s in sets))
print([int(a > b) for a in sets for b in sets].count(1), [int(a >= b) for a in sets for b in sets].count(1))
