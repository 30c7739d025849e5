# expect: jit
# products that hit exactly -2**63 (fits) and 2**63 (does not) in a hot loop
def run(n):
    m = -9223372036854775807 - 1
    fits = 0
    big = 0
    s = 0
    for i in range(n):
        k = i % 4
        if k == 0:
            y = m * 1
        elif k == 1:
            y = m * -1
        elif k == 2:
            y = -1 * m
        else:
            y = (m // 2) * 2
        if y == m:
            fits += 1
        if y > 0:
            big += 1
        s += y % 1000
    return fits, big, s

print(run(12000))
print(run(3))
print(-9223372036854775807 - 1, (-9223372036854775807 - 1) * -1)
