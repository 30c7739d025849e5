# isinstance shadowed at module level mid-loop and restored with del
vals = [1, "a", 2.5, None, [1]]
counts = [0, 0]
for i in range(150):
    if i == 60:
        def isinstance(obj, cls):
            return True
    if i == 110:
        del isinstance
    v = vals[i % 5]
    if isinstance(v, int):
        counts[0] += 1
    else:
        counts[1] += 1
    if i % 30 == 0 or i in (59, 60, 109, 110):
        print(i, counts)
print(counts)
