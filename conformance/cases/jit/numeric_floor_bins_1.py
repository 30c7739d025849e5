# expect: jit
# values binned with math.floor into counters held in locals
import math

def run(n):
    b0 = 0
    b1 = 0
    b2 = 0
    b3 = 0
    other = 0
    for i in range(n):
        x = math.sqrt(i) * 0.05
        k = math.floor(x)
        if k == 0:
            b0 += 1
        elif k == 1:
            b1 += 1
        elif k == 2:
            b2 += 1
        elif k == 3:
            b3 += 1
        else:
            other += 1
    return b0, b1, b2, b3, other

print(run(20000))
