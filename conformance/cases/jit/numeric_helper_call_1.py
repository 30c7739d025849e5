# expect: jit
# a small helper call in the middle of a numeric loop
def step(x):
    if x % 2 == 0:
        return x // 2
    return 3 * x + 1

def run(n):
    s = 0
    x = 27
    for i in range(n):
        x = step(x)
        if x == 1:
            x = i + 28
        s += x % 10
    return s, x

print(run(20000))
