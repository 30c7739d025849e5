s = {0, 1, 2}
print(len(s), bool(s), bool(set()), bool(frozenset()), not set())
print(0 in s, False in s, 0.0 in s, 3 in s, None in s)
print(sum(s), max(s), min(s), sorted(s, reverse=True), any(s), all(s), all(set()))
print(list(enumerate(sorted(s))), [x * 2 for x in sorted(s)])
print(len({None}), None in {None}, {None} == {None})
e = set()
print(e or "empty", s and "nonempty")
