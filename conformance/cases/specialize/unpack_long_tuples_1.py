# unpacking tuples of length 4 then lists with lengths 3/5 -> messages differ by length
def row(i):
    if i < 60:
        return (i, i + 1, i + 2, i + 3)
    n = 3 + (i % 3)
    return list(range(n))

for i in range(90):
    try:
        a, b, c, d = row(i)
        r = a + b + c + d
    except ValueError as e:
        r = str(e)
    if i % 15 == 0 or 60 <= i < 64:
        print(i, r)
