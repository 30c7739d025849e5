# expect: jit
# counting triangles: chained comparisons over three nested loops
def run(n):
    c = 0
    flat = 0
    for a in range(1, n):
        for b in range(a, n):
            for k in range(b, n):
                if a + b > k >= b >= a:
                    c += 1
                if a == b == k:
                    flat += 1
    return c, flat

print(run(45))
