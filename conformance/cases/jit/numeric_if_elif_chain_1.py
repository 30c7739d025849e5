# expect: jit
# a long if/elif/else chain classifying residues
def run(n):
    a = 0
    b = 0
    c = 0
    d = 0
    e = 0
    for i in range(n):
        r = (i * 7919) % 100
        if r < 10:
            a += 1
        elif r < 25:
            b += r
        elif r < 50:
            c -= 1
        elif r == 50:
            d += 100
        elif r != 99:
            e += r % 3
        else:
            a -= 5
    return a, b, c, d, e

print(run(20000))
