# expect: jit
# a bool list receives the int 1 (flags[i] = 1); True == 1 but types differ
def run(n):
    flags = [True, False] * 4
    c = 0
    for i in range(n):
        j = i % 8
        if i == 5000:
            flags[j] = 1
        if flags[j]:
            c += 1
        c += flags[j]
    return c, flags, [type(x).__name__ for x in flags]

print(run(9000))
