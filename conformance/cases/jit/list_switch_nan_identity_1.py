# NaN in a float list: a[i] is a[i], x is a[i] after x = a[i], nan != nan
import math

def run(n):
    nan = float("nan")
    a = [1.0, nan, 2.0]
    same = 0
    eq = 0
    for i in range(n):
        x = a[i % 3]
        if x is a[i % 3]:
            same += 1
        if x == x:
            eq += 1
    return same, eq, a[1] is nan, math.isnan(a[1])

print(run(6000))
