# global `range` shadowed mid-loop by a generator function, then deleted
def count(n):
    s = 0
    for k in range(n):
        s += k
    return s

for i in range(120):
    if i == 40:
        def range(n):
            yield n
            yield -n
    if i == 80:
        del range
    r = count(5)
    if i % 20 == 0 or i in (39, 40, 41, 79, 80, 81):
        print(i, r)
