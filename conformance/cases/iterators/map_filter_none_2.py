vals = [0, 1, 2, "", "x", None, [], [None], 0.0, 0.1, (), ((),)]
print(list(filter(None, vals)))
print(list(map(bool, vals)))
print(list(map(lambda v: type(v).__name__, filter(None, vals))))
print(list(map(len, filter(lambda v: isinstance(v, (list, tuple, str)), vals))))
print(list(map(str, map(int, filter(str.isdigit, "a1b22c3")))))
print(list(filter(lambda s: s.startswith("b"), map(str.lower, ["Bob", "alice", "BETTY"]))))
