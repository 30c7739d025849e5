# expect: jit
# calls with default arguments and explicit ones in the same hot loop
def f(x, k=3, m=1000):
    return x * k % m

def run(n):
    s = 0
    for i in range(n):
        s += f(i)
        s += f(i, 5)
        s += f(i, 7, 13)
    return s

print(run(12000))
