# expect: jit
# int addition crosses 2**63 - 1 inside a hot loop and keeps growing as a big int
def run(start, step, n):
    x = start
    crossed = 0
    first = -1
    for i in range(n):
        x += step
        if x > 9223372036854775807:
            crossed += 1
            if first < 0:
                first = i
    return x, crossed, first

print(run(9223372036854775807 - 5000 * 7, 7, 12000))
print(run(9223372036854775807 - 20000, 1, 12000))
print(run(9223372036854775807 - 10, 3, 10000))
print(run(0, 768614336404564650, 15))
