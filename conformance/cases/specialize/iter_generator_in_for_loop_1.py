# a for loop site iterates lists then generators then a generator that raises
def gen(n):
    for i in range(n):
        yield i * i

def bad(n):
    yield 1
    raise ValueError("bad gen %d" % n)

def sumit(it):
    s = 0
    for x in it:
        s += x
    return s

for i in range(130):
    if i < 50:
        src = [i, i]
    elif i < 110:
        src = gen(i % 7)
    else:
        src = bad(i)
    try:
        r = sumit(src)
    except ValueError as e:
        r = str(e)
    if i % 15 == 0 or i in (50, 110, 129):
        print(i, r)
