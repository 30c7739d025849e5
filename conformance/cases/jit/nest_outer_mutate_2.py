# expect: jit
# the outer list shrinks (pop) and its rows grow while it is iterated; the inner loop reads them
def run(n):
    rows = [[i, i + 1, i + 2] for i in range(n)]
    s = 0
    visits = 0
    for row in rows:
        visits += 1
        for x in row:
            s += x * visits
        if len(row) < 30:
            row.extend(row)
        if visits % 3 == 0:
            rows.pop()
        if visits % 50 == 0:
            rows[-1].append(7)
    return s, visits, len(rows), rows[-1][-3:]

print(run(3000))
print(run(4))
