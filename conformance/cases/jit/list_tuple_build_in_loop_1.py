# building a tuple from list items each iteration and unpacking it again
def run(n):
    a = [1, 2, 3]
    s = 0
    for i in range(n):
        t = (a[0], a[1], a[2])
        x, y, z = t
        a[i % 3] = (x + y + z) % 1009
        s += t[i % 3]
    return s, a

print(run(6000))
