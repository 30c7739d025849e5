# expect: jit
# three nested loops with continue at the middle level
def run(a, b, c):
    s = 0
    skips = 0
    for i in range(a):
        for j in range(b):
            if (i + j) % 4 == 0:
                skips += 1
                continue
            for k in range(c):
                s += i * j - k
                if s > 100000:
                    s -= 99991
    return s, skips

print(run(20, 30, 40))
print(run(2, 3, 4))
