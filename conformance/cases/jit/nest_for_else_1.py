# expect: jit
# for ... else in the inner loop: a search that either breaks or runs out, many times
def run(rows, target):
    found = 0
    missed = 0
    pos = []
    for r in rows:
        for j in range(len(r)):
            if r[j] == target:
                found += 1
                break
        else:
            missed += 1
            j = -1
        if len(pos) < 8:
            pos.append(j)
    return found, missed, pos

rows = [[(i * 13 + j * 7) % 29 for j in range(i % 20)] for i in range(600)]
print(run(rows, 5))
print(run(rows, 100))
print(run([[5], [], [1, 5]], 5))
