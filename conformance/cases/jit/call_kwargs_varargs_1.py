# calls with keyword arguments, *args and **kwargs in a hot loop
def f(a, b=2, *rest, c=3, **kw):
    return a + b + len(rest) + c + len(kw)

def run(n):
    s = 0
    for i in range(n):
        s += f(i)
        s += f(i, c=1)
        s += f(i, 1, 2, 3)
        s += f(i, x=1, y=2)
    return s

print(run(12000))
