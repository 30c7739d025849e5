# builtin min, max, abs, divmod called in a hot loop with int, float and big args
def run(n):
    s = 0
    for i in range(n):
        s += min(i, 100) + max(i, 11000) + abs(i - 6000)
        q, r = divmod(i - 6000, 7)
        s += q * r
    return s

print(run(12000))
def big(n):
    s = 0
    for i in range(n):
        s += max(i * 2 ** 60, 2 ** 70) % 1000 + min(i * 0.5, 10)
    return s
print(big(12000))
