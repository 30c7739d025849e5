# expect: jit
# a, b = b, a + b with results stored into a list in a hot loop
def run(n, m):
    out = [0] * 10
    a, b = 0, 1
    for i in range(n):
        a, b = b, (a + b) % m
        out[i % 10] = a
    return a, b, out

print(run(6000, 1000003))
print(run(6000, 2 ** 50))
