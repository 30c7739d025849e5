# expect: jit
# loops over huge ranges that break early
def run(limit):
    s = 0
    for i in range(10 ** 18):
        s += i
        if s > limit:
            break
    return i, s

print(run(10 ** 8))
print(run(5 * 10 ** 7))
def wide(n):
    c = 0
    for i in range(-2 ** 70, 2 ** 70, 2 ** 60):
        c += 1
        if c > n:
            break
    return c, i
print(wide(12000))
def upbig(n):
    c = 0
    for i in range(2 ** 64, 2 ** 65):
        c += i & 1
        if i > 2 ** 64 + n:
            break
    return c, i
print(upbig(12000))
