# ** growing past 64 bits inside a hot loop, then reduced
def run(n):
    s = 0
    big = 0
    for i in range(n):
        e = i % 90
        y = 3 ** e
        if y > 9223372036854775807:
            big += 1
        s += y % 1000003
        s += (i % 50) ** 11 % 997
    return s, big

print(run(12000))
print([2 ** k for k in (62, 63, 64, 65)])
print((-2) ** 63, (-2) ** 64, (-3) ** 41)
