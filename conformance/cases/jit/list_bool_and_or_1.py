# expect: jit
# flags[i] and flags[j], flags[i] or flags[j] in a hot loop, results stored back
def run(n):
    f = [True, False, True, True, False]
    c = 0
    for i in range(n):
        j = i % 5
        k = (i + 2) % 5
        x = f[j] and f[k]
        y = f[j] or f[k]
        if x:
            c += 1
        if y:
            c += 10
        f[j] = y if i % 3 else x
    return c, f

print(run(6000))
print(run(6002))
