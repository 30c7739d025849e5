# range iteration: empty, negative step, huge bounds, after warm loops
def total(r):
    s = 0
    n = 0
    for x in r:
        s += x
        n += 1
    return n, s

for r in [range(100), range(0), range(10, 0), range(10, 0, -1), range(-5, -100, -7),
          range(2 ** 62, 2 ** 62 + 5), range(2 ** 64, 2 ** 64 + 3), range(-(2 ** 63) - 2, -(2 ** 63) + 2),
          range(0, 2 ** 70, 2 ** 68), range(5, 5, -1), range(0, 10, 3)]:
    print(r, total(r), len(r))
big = range(0, 10 ** 30, 10 ** 29)
print(big[3], big[-1], len(big), 10 ** 29 * 5 in big)
