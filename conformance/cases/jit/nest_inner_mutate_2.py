# expect: jit
# each inner list changes strategy (int, float, back to int) while rows are visited many times
def run(rows, rounds):
    s = 0.0
    for r in range(rounds):
        for row in rows:
            for x in row:
                s += x
        if r == rounds // 3:
            rows[1][0] = 0.25
        if r == 2 * rounds // 3:
            rows[1][0] = 7
            rows[2].append(1e16)
    return repr(s), [x.__class__.__name__ for x in rows[1]][:2]

rows = [list(range(i * 5, i * 5 + 20)) for i in range(4)]
print(run(rows, 120))
print(rows[2][-2:])
