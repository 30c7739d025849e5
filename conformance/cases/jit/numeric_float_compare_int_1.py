# expect: jit
# float loop counters compared with int bounds
def run(limit, step):
    x = 0.0
    c = 0
    while x < limit:
        x += step
        c += 1
    return x, c

print(run(10000, 0.5))
print(run(1000, 0.1))
print(run(2 ** 53 + 2, 2 ** 40))
print(run(0, 1.0))
