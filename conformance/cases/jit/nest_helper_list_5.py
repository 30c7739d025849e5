# expect: jit
# a helper sums a row with its own loop; it is inlined into an outer loop over the rows
def total(row):
    s = 0
    for x in row:
        s += x
    return s

def first_neg(row):
    for i in range(len(row)):
        if row[i] < 0:
            return i
    return -1

def run(rows):
    t = 0
    f = 0
    for row in rows:
        t += total(row)
        f += first_neg(row)
    return t, f

rows = [[(i * j) % 19 - 9 + (j < 3) * 20 for j in range(i % 25)] for i in range(500)]
print(run(rows))
print(run([[], [1, -1], (5, 6, -7)]))
