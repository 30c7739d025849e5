# expect: jit
# sums over ranges of several shapes
def run(a, b, step):
    s = 0
    for i in range(a, b, step):
        s += i
    return s

print(run(0, 20000, 1))
print(run(-10000, 10000, 3))
print(run(20000, -1, -7))
print(run(0, 12000, 1) == 12000 * 11999 // 2)
