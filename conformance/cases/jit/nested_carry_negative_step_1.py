# expect: jit
# outer range with a negative step around an inner while loop
def run():
    out = 0
    for i in range(9000, 0, -3):
        v = i
        while v > 9:
            v //= 10
        out += v
    return out, i, v

print(run())
