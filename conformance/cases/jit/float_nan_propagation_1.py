# expect: jit
# a running maximum with nan entering mid-loop: comparisons keep or skip it
import math

def run(bad, at, n):
    best = -1.0
    s = 0.0
    skipped = 0
    for i in range(n):
        if i == at:
            x = bad
        else:
            x = (i % 1000) * 0.25
        if x > best:
            best = x
        else:
            skipped += 1
        s += x
    return best, s, skipped

print(run(float("nan"), 5000, 12000))
print(run(float("nan"), 0, 12000))
print(run(math.inf, 5000, 12000))
print(run(-math.inf, 5000, 12000))
r = run(float("nan"), 5000, 12000)
print(math.isnan(r[1]), r[1] != r[1])
