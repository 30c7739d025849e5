# expect: jit
# an inlined helper raises IndexError at the last iteration; the caller catches it and goes on
def get(a, i):
    return a[i]

def run(rows):
    s = 0
    errors = 0
    for row in rows:
        try:
            for i in range(len(row) + 1):
                s += get(row, i)
        except IndexError as e:
            errors += 1
            msg = str(e)
    return s, errors, msg, i

rows = [list(range(k % 30)) for k in range(300)]
print(run(rows))
print(run([(1, 2, 3)] * 400))
