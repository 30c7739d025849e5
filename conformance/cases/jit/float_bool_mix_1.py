# expect: jit
# bools mixed into float and int arithmetic in a hot loop
def run(n):
    s = 0.0
    t = 0
    flag = False
    for i in range(n):
        flag = i % 3 == 0
        s += flag * 0.5
        t += flag
        t += (i % 5 == 0) + (i % 7 == 0)
        s -= True / 4
        if flag > 0.5:
            t += 10
    return s, t, flag

print(run(12000))
print(True + 0.5, False * 1.5, True / 2, -True, True + True, True * 2 ** 62 * 2)
