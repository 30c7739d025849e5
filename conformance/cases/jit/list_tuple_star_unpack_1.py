# first, *rest = lst in a hot loop over small int lists
def run(rows, rounds):
    s = 0
    for r in range(rounds):
        for row in rows:
            first, *rest = row
            s += first * len(rest) + rest[-1]
    return s

print(run([[1, 2, 3], [4, 5], [6, 7, 8, 9]], 2000))
