# + site sees long phases (70 iterations each) of int, float, str, int, float: forces re-specialization
def add(a, b):
    return a + b

phase_vals = [(1, 2), (1.5, 2.25), ("a", "b"), (3, 4), (0.5, 0.5), ([1], [2]), (10, -20)]
res = []
for i in range(len(phase_vals) * 70):
    a, b = phase_vals[i // 70]
    r = add(a, b)
    if i % 70 in (0, 69):
        print(i, repr(r))
    res.append(type(r).__name__)
print([(t, res.count(t)) for t in ("int", "float", "str", "list")])
