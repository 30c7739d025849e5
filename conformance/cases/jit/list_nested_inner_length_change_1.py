# expect: jit
# inner lists grow and shrink during the loop; len(m[i]) bounds the index
def run(n):
    m = [[1], [1, 2], [1, 2, 3]]
    s = 0
    for k in range(n):
        row = m[k % 3]
        s += row[k % len(row)]
        if k % 1500 == 0:
            m[(k // 1500) % 3].append(k)
        if k % 2500 == 0 and len(m[0]) > 1:
            m[0].pop()
    return s, m

print(run(8000))
