# FOR_ITER over a tuple, then str, then dict, then set of ints, in one loop site
def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out

t = tuple(range(5))
for i in range(120):
    if i < 50:
        s = t
    elif i < 80:
        s = "hello"
    elif i < 100:
        s = {1: "a", 2: "b"}
    else:
        s = {3, 1, 2}
    r = walk(s)
    if i % 15 == 0 or i in (50, 80, 100):
        print(i, type(s).__name__, r)
print(walk(()), walk(""), walk(b"ab"))
