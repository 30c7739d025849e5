# items of a bool list are True/False singletons: f[i] is True after native stores
def run(n):
    f = [False] * 4
    t = 0
    for i in range(n):
        f[i % 4] = i % 3 == 0
        if f[i % 4] is True:
            t += 1
    return f, t

f, t = run(6000)
print(f, t)
print(f[0] is True or f[0] is False, [x is True for x in f])
