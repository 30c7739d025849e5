# a name imported with from-import is rebound mid-loop
from math import sqrt, floor

def run(n):
    global sqrt
    s = 0.0
    for i in range(n):
        if i == 6000:
            sqrt = floor
        s += sqrt(i + 0.5)
    return s

print(run(12000))
