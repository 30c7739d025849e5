# math.sqrt of a negative number raises ValueError, caught inside the loop
import math

def run(n):
    s = 0.0
    bad = 0
    msg = ""
    for i in range(n):
        x = (i % 2000) - 5.0
        try:
            s += math.sqrt(x)
        except ValueError as e:
            bad += 1
            msg = str(e)
    return s, bad, msg

print(run(12000))
print(math.sqrt(-0.0), math.sqrt(0))
