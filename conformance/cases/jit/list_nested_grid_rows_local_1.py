# expect: jit
# a hot loop binds row = m[i] then writes row[j]; changes show through m
def run(n):
    m = [[0] * 5 for _ in range(5)]
    for k in range(n):
        row = m[k % 5]
        row[(k * 3) % 5] += k % 4
        row[0] = row[0] + 1
    return m

m = run(6000)
for r in m:
    print(r)
