# expect: jit
# m[i][j] with j past the end of one shorter row, caught in the loop
def run(n):
    m = [[1, 2, 3], [4, 5, 6], [7, 8]]
    s = 0
    errs = 0
    for k in range(n):
        try:
            s += m[k % 3][k % 3 + (k % 2)]
        except IndexError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg

print(run(6000))
