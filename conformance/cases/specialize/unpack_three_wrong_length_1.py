# 3-element unpack warmed on tuples, then too many / too few values from lists, dicts, iterators
def src(i):
    m = i % 6
    if i < 60 or m == 0:
        return (i, i, i)
    if m == 1:
        return [i, i]
    if m == 2:
        return [i] * 4
    if m == 3:
        return {"k1": 1, "k2": 2, "k3": 3}
    if m == 4:
        return iter(range(5))
    return range(3)

for i in range(120):
    try:
        x, y, z = src(i)
        r = (x, y, z)
    except ValueError as e:
        r = "ValueError: " + str(e)
    if i % 20 == 0 or 60 <= i < 67:
        print(i, r)
