# expect: jit
# enumerate over the rows of a matrix: each row summed with its index, rows of different lengths
def f(m):
    out = []
    for i, row in enumerate(m):
        s = 0
        for x in row:
            s += x
        out.append(s * i)
    return out[:4], sum(out)

m = [list(range(k % 37)) for k in range(3000)]
print(f(m))
