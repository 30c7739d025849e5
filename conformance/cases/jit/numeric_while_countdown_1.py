# expect: jit
# while loops counting down with different step sizes and stop tests
def run(start, step):
    x = start
    c = 0
    s = 0
    while x > 0:
        s += x % 10
        x -= step
        c += 1
    return x, c, s

print(run(20000, 1))
print(run(20000, 3))
print(run(2 ** 63 + 20000, 2 ** 50))
print(run(0, 1))
print(run(12345.5, 0.75))
