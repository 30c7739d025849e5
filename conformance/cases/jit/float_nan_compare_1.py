# expect: jit
# every comparison with nan is false except !=, inside a hot loop
import math

def run(nan, n):
    lt = 0
    le = 0
    eq = 0
    ne = 0
    gt = 0
    ge = 0
    for i in range(n):
        x = i * 0.5
        if x < nan:
            lt += 1
        if x <= nan:
            le += 1
        if x == nan:
            eq += 1
        if x != nan:
            ne += 1
        if nan > x:
            gt += 1
        if not (nan >= x):
            ge += 1
    return lt, le, eq, ne, gt, ge

print(run(float("nan"), 12000))
print(run(1000.0, 12000))
print(run(math.inf, 12000))
