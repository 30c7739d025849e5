# expect: jit
# while loops whose exit depends on values computed inside the loop
def run(limit):
    x = 1
    y = 0
    steps = 0
    while x < limit:
        y += x % 7
        x += x // 64 + y // 3 + 1
        steps += 1
    return x, y, steps

print(run(10 ** 6))
print(run(10 ** 8))
for k in range(1, 5):
    print(run(2 ** 63 * k - 1))
print(run(2 ** 70))
print(run(1))
