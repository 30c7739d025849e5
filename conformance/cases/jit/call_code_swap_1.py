# a function's __code__ is replaced while a hot loop keeps calling it
def f(x):
    return x + 1

def g(x):
    return x * 2

def run(n):
    s = 0
    for i in range(n):
        if i == 6000:
            f.__code__ = g.__code__
        s += f(i)
    return s

print(run(12000))
print(f(21))
