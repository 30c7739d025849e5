# expect: jit
# arithmetic with bools read from a list: True + True, flag * 3, -flag
def run(n):
    f = [True, False, True]
    s = 0
    for i in range(n):
        s += f[i % 3] + f[(i + 1) % 3] * 3 - f[(i + 2) % 3]
        f[i % 3] = not f[i % 3]
    return s, f, type(f[0]).__name__

print(run(6000))
