# expect: jit
# sibling inner loops where one or the other is empty in some outer rounds
def run(rows):
    s = 0
    t = 0.0
    empties = 0
    for ints, floats in rows:
        if not ints or not floats:
            empties += 1
        for a in ints:
            s += a
        for b in floats:
            t += b * b
    return s, repr(t), empties

rows = []
for i in range(2000):
    ints = list(range(i % 11)) if i % 4 else []
    floats = [j * 0.1 for j in range(i % 7)] if i % 5 else []
    rows.append((ints, floats))
print(run(rows))
print(run([([], []), ([1], []), ([], [2.5])]))
