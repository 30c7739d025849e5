# expect: jit
# f(a, a) with a bool list: an int stored through one name read back through the other
def run(f, g, n):
    c = 0
    for i in range(n):
        j = i % 5
        g[j] = not f[j]
        if i == 6000:
            f[j] = 7
        c += g[j] + f[j]
    return c, f, [type(v).__name__ for v in g]

flags = [True, False, False, True, False]
print(run(flags, flags, 9000))
