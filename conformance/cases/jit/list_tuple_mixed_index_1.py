# t[i] over a tuple of mixed ints and floats in a hot loop
def run(n):
    t = (1, 2.5, 3, 4.25, -5, 0.125)
    s = 0
    c = 0
    for i in range(n):
        x = t[i % 6]
        s += x
        if type(x) is int:
            c += 1
    return s, c, t[-1], t[-6]

print(run(6000))
