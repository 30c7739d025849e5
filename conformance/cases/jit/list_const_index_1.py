# expect: jit
# constant indices into lists and tuples in a hot loop: first, last, negative, nested
def f(n):
    a = [1, 2, 3, 4]
    t = (0.5, 1.5, 2.5)
    m = [[1, 2], [3, 4]]
    flags = [True, False]
    s = 0
    x = 0.0
    for i in range(n):
        s += a[0] + a[3] + a[-1] + a[-4] + m[1][0] + m[-1][-1] + flags[0] - flags[-1]
        x += t[0] + t[-1]
        a[i % 4] = i % 7
    return s, x, a

print(f(9000))
