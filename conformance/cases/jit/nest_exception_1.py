# expect: jit
# a ZeroDivisionError raised inside the inner loop is caught in the outer loop, which goes on
def run(rows):
    s = 0
    errors = 0
    for r in rows:
        try:
            for x in r:
                s += 1000 // x
        except ZeroDivisionError:
            errors += 1
            s -= 1
    return s, errors, x

rows = [[(i + j) % 17 - 2 * (i % 3) for j in range(1, 30)] for i in range(300)]
print(run(rows))
rows = [[j + 1 for j in range(20)] for i in range(300)]
rows[-1][-1] = 0
print(run(rows))
