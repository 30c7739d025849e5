# expect: jit
# helpers taking tuples and lists (dot product, norm) inlined into nested loops
def dot(p, q):
    return p[0] * q[0] + p[1] * q[1] + p[2] * q[2]

def norm(p):
    return (dot(p, p) + 0.0) ** 0.5

def run(pts, q, rounds):
    s = 0
    f = 0.0
    for r in range(rounds):
        for p in pts:
            s += dot(p, q)
            f += norm(p)
    return s, repr(f)

pts = [(i, i * 2 % 7, -i) for i in range(60)]
print(run(pts, (1, 2, -1), 120))
print(run(pts, [3, -1, 5], 120))
fpts = [[i * 0.5, 1.5, -i * 0.25] for i in range(60)]
print(run(fpts, (2.0, 2.0, 2.0), 120))
print(run(fpts, pts[7], 120))
