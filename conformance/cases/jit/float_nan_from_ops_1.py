# expect: jit
# nan produced in the loop (inf - inf) and passed through min/max-by-comparison
import math

def run(inf, n):
    lo = 1e300
    hi = -1e300
    nans = 0
    for i in range(n):
        x = (i - 6000) * 1.5
        if i == 8000:
            x = inf - inf
        if x != x:
            nans += 1
            continue
        if x < lo:
            lo = x
        if x > hi:
            hi = x
    return lo, hi, nans

print(run(math.inf, 12000))
print(run(1e308, 12000))
nan = math.inf - math.inf
print(nan, -nan, nan == nan, nan is nan, [nan] == [nan], math.isnan(nan * 0))
