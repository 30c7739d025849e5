# a list stored inside itself, written through both paths in a hot loop
def run(n):
    a = [0, 0, 0, None]
    a[3] = a
    for i in range(n):
        a[i % 3] += 1
        a[3][(i + 1) % 3] += 10
    return a

a = run(6000)
print(a)
print(a[3] is a, a[3][3][0])
