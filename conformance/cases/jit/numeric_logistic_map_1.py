# expect: jit
# the logistic map in its chaotic regime: every bit of every step matters
def run(r, x, n):
    lo = 1.0
    hi = 0.0
    for i in range(n):
        x = r * x * (1.0 - x)
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return x, lo, hi

print(run(3.9, 0.5, 20000))
print(run(3.2, 0.5, 20000))
print(run(4.0, 0.1, 20000))
