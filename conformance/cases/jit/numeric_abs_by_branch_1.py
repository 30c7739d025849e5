# expect: jit
# absolute values and signs computed with branches, ints and floats
def run(n):
    s = 0
    f = 0.0
    pos = 0
    for i in range(n):
        a = (i * 37) % 201 - 100
        if a < 0:
            a = -a
        else:
            pos += 1
        s += a
        x = (i % 11) * -0.5 + 2.0
        if x < 0.0:
            x = -x
        f += x
    return s, f, pos

print(run(20000))
