# expect: jit
# three nested loops: both enclosing ranges are carried by the innermost loop's trace
def run(a, b):
    s = 0
    for i in range(a):
        for j in range(b):
            k = (i ^ j) & 7
            while k:
                s += k
                k >>= 1
    return s, i, j, k

print(run(60, 70))
