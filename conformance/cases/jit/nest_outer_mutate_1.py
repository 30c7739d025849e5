# expect: jit
# the outer list is appended to while it is iterated (bounded), the inner loop reads the new rows
def run(limit):
    rows = [[1, 2], [3]]
    s = 0
    seen = 0
    for row in rows:
        seen += 1
        for x in row:
            s += x
        if len(rows) < limit:
            rows.append([v % 17 for v in range(len(rows) % 23)])
    return s, seen, len(rows)

print(run(600))
print(run(2))
