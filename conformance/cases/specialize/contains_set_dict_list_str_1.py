# `in` specialized on one container type, then others
containers = [{1, 2, 3}, {1: "a", 2: "b"}, [1, 2, 3], "123", (1, 2), range(1, 3), frozenset([2])]
hits = 0
for i in range(210):
    c = containers[0] if i < 60 else containers[i % len(containers)]
    k = i % 4
    if isinstance(c, str):
        k = str(k)
    r = k in c
    nr = k not in c
    if r:
        hits += 1
    if i % 20 == 0 or 60 <= i < 67:
        print(i, type(c).__name__, repr(k), r, nr)
print(hits)
