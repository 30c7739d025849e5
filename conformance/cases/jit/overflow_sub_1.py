# expect: jit
# int subtraction crosses -2**63 inside a hot loop
def run(start, step, n):
    x = start
    below = 0
    last_small = 0
    for i in range(n):
        x -= step
        if x < -9223372036854775807 - 1:
            below += 1
        else:
            last_small = x
    return x, below, last_small

print(run(-9223372036854775807 + 6000 * 5, 5, 12000))
print(run(-9223372036854775800, 1, 10000))
print(run(9223372036854775807, -1, 10000))
print(run(5, 9223372036854775807, 3))
