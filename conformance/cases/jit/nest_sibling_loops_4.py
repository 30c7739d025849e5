# expect: jit
# nbody-like pairs: sibling inner loops over index ranges, one with a float sqrt by ** 0.5
def run(xs, ys, steps):
    e = 0.0
    m = 0
    for s in range(steps):
        n = len(xs)
        for i in range(n):
            for j in range(i + 1, n):
                dx = xs[i] - xs[j]
                dy = ys[i] - ys[j]
                e += (dx * dx + dy * dy) ** 0.5
        for i in range(n):
            xs[i] += 0.01 * ys[i]
            m += i
    return repr(e), m, repr(xs[5])

xs = [1.0 * k for k in range(12)]
ys = [0.5 * k * k for k in range(12)]
print(run(xs, ys, 80))
