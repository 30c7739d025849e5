# expect: jit
# evaluating a polynomial by Horner's rule at many points, ints and floats
def poly(x):
    r = 3
    r = r * x - 5
    r = r * x + 7
    r = r * x - 11
    r = r * x + 13
    return r

def run(n):
    s = 0
    f = 0.0
    for i in range(n):
        s += poly(i - n // 2) % 1000003
        f += poly((i - n // 2) * 0.001)
    return s, f

print(run(12000))
print(poly(10 ** 5), poly(-10 ** 5), poly(0.5))
