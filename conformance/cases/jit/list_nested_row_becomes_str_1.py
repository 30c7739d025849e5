# a row of an int matrix is replaced by a str; m[i][j] then reads characters
def run(n):
    m = [[1, 2], [3, 4]]
    out = []
    for k in range(n):
        if k == 5500:
            m[1] = "ab"
        x = m[k % 2][k % 2]
        if type(x) is str:
            out.append(x)
    return out[:4], len(out), m

print(run(7000))
