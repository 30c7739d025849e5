# expect: jit
# two sibling inner loops in one outer loop: ints in the first, floats in the second
def run(n, xs, ys):
    si = 0
    sf = 0.0
    for i in range(n):
        for a in xs:
            si += a * i % 7
        for b in ys:
            sf += b * 0.5 + i
    return si, repr(sf)

xs = list(range(-8, 9))
ys = [k / 3 for k in range(12)]
print(run(400, xs, ys))
print(run(400, ys, xs))
print(run(3, [], ys))
