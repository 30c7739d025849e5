# expect: jit
# a tuple of int tuples read as tt[i][j] in a hot loop
def run(n):
    tt = ((1, 2, 3), (4, 5, 6), (7, 8, 9))
    s = 0
    for k in range(n):
        s += tt[k % 3][(k // 3) % 3] * (k % 4)
    return s

print(run(6000))
print(run(6001))
