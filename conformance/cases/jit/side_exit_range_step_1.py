# expect: jit
# ranges with large steps and negative bounds
def run(start, stop, step):
    s = 0
    c = 0
    for i in range(start, stop, step):
        s += i % 1000
        c += 1
    return s, c

print(run(0, 10 ** 9, 97 * 1000))
print(run(-10 ** 6, 10 ** 6, 97))
print(run(-5, 10 ** 5, 7))
print(run(2 ** 62, 2 ** 63 + 2 ** 62, 2 ** 49))
