# expect: jit
# f calls g calls h, all small, in a hot loop
def h(x):
    return x % 13

def g(x, y):
    return h(x) + h(y)

def f(x):
    return g(x, x + 5) * 2

def run(n):
    s = 0
    for i in range(n):
        s += f(i)
    return s

print(run(12000))
