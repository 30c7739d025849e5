# expect: jit
# enumerate made natively over tuples and over inner lists that change under the loop
def f(pairs):
    s = 0
    for k, p in enumerate(pairs):
        for i, x in enumerate(p):
            s += (i + 1) * x - k
    return s

def g(rows):
    s = 0
    for y, row in enumerate(rows):
        for x, n in enumerate(row):
            s += n * x
            if x == 3 and y % 500 == 7:
                row.append(1000)
            if x == 2 and y % 700 == 9:
                rows[y + 1] = [1.5, 2.5, 3.5]
    return s

print(f([(i, i + 1, i * 2) for i in range(5000)]))
print(f(tuple((i % 3, -i) for i in range(5000))))
print(g([[j for j in range(6)] for i in range(3000)]))
