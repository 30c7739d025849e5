# expect: jit
# one inner list switches from ints to floats inside the hot loop
def run(n):
    m = [[1, 1], [2, 2], [3, 3]]
    s = 0
    for k in range(n):
        i = k % 3
        j = k % 2
        if k == 5001:
            m[2][1] = 0.25
        s += m[i][j]
        m[i][j] = m[i][j] * 1
    return s, m

print(run(7000))
