# expect: jit
# a list of tuples read as m[i][j] in a hot loop; one tuple is replaced by a list
def run(n):
    m = [(1, 2), (3, 4), (5, 6)]
    s = 0
    for k in range(n):
        if k == 5000:
            m[1] = [30, 40]
        s += m[k % 3][k % 2]
    return s, m

print(run(8000))
