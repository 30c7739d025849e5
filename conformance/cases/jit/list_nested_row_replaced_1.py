# expect: jit
# a row is replaced by a new list mid-loop; the old row object is kept outside
def run(n):
    m = [[1, 2], [3, 4], [5, 6]]
    old = m[1]
    for k in range(n):
        if k == 5000:
            m[1] = [0.5, 0.5]
        m[k % 3][k % 2] += 1
    return m, old

m, old = run(8000)
print(m)
print(old)
