# expect: jit
# a copy of a bool list gets a str in it late in the loop: the copy switches storage
def f(n):
    flags = [True, False, True]
    out = 0
    for i in range(n):
        c = flags[:]
        if i == n - 3:
            c[1] = "x"
            out += 100
        out += c[0] + c[2]
    return out, c, flags

print(f(7000))
