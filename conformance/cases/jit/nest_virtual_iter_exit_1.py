# expect: jit
# a rare branch leaves native code mid inner loop over ranges made natively; the loop resumes there
def run(n):
    s = 0
    log = []
    for i in range(n):
        for x in range(i % 7):
            s += x
        for x in range(i % 5, 60):
            s += x
            if x == 37 and i % 101 == 0:
                log.append((i, x, "two"))
        for x in range(i % 3, 90, 4):
            s -= x
            if x == 41 and i % 131 == 0:
                log.append((i, x, "three"))
        for x in range(80, i % 9, -3):
            s ^= x
            if x == 44 and i % 151 == 0:
                log.append((i, x, "neg"))
    return s, log

print(run(700))
