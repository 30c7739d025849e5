# expect: jit
# a float accumulator becomes nan at 6000; branches that compare it stop matching
def run(nan, n):
    x = 0.0
    pos = 0
    neg = 0
    other = 0
    for i in range(n):
        if i == 6000:
            x = nan
        x += 0.5
        if x > 0.0:
            pos += 1
        elif x < 0.0:
            neg += 1
        else:
            other += 1
    return x, pos, neg, other

print(run(float("nan"), 12000))
print(run(-1e6, 12000))
