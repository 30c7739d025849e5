# abs() of -2**63 and friends in a hot loop
def run(n):
    m = -9223372036854775807 - 1
    s = 0
    big = 0
    for i in range(n):
        v = m + (i % 4)
        a = abs(v)
        if a > 9223372036854775807:
            big += 1
        s += a % 1009
    return s, big

print(run(12000))
print(abs(-9223372036854775807 - 1), abs(-2 ** 64))
