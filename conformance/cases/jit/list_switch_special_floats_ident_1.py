# x = a[i] keeps identity for -0.0, inf and nan stored before the loop
import math

def run(n):
    a = [-0.0, float("inf"), float("nan"), 1e308]
    b = [None] * 4
    same = 0
    for i in range(n):
        j = i % 4
        x = a[j]
        b[j] = x
        if b[j] is a[j]:
            same += 1
    return same, b

same, b = run(6000)
print(same)
print(b, repr(b[0]))
print(math.copysign(1.0, b[0]), b[3] * 10)
