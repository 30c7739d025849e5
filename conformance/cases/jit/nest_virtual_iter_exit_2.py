# expect: jit
# a rare branch leaves native code mid inner loop over a list or a tuple; the iterator resumes there
def run(rows, tup, n):
    s = 0
    log = []
    for i in range(n):
        row = rows[i % len(rows)]
        for x in row:
            s += x
            if x == 13 and i % 97 == 0:
                log.append((i, x))
                s += 1000
        for y in tup:
            s -= y
            if y == 5 and i % 89 == 0:
                log.append((i, -y))
    return s, log

rows = [list(range(k, k + 30)) for k in range(10)]
print(run(rows, tuple(range(12)), 600))
