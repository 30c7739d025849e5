# expect: jit
# appends to inner lists of a list of lists in a traced loop, and an inner list replaced mid-way
def f(n):
    rows = [[0], [0], [0]]
    for i in range(n):
        r = rows[i % 3]
        r.append(i)
        if i == n // 2:
            rows[1] = [0.5]
        if len(r) > 50:
            r.pop()
            r.pop()
    return [len(r) for r in rows], [r[-2:] for r in rows]

print(f(30000))
