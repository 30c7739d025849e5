# expect: jit
# if not flags[i]: counting and flipping in a hot loop over a bool list
def run(n):
    flags = [False] * 13
    c = 0
    for i in range(n):
        j = (i * 5) % 13
        if not flags[j]:
            c += 1
        flags[j] = not flags[j]
    return c, flags

c, flags = run(6000)
print(c)
print(flags)
print(sum(flags), flags.count(True))
