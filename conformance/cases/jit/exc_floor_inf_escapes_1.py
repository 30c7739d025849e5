# math.floor(inf) raises OverflowError out of a hot loop
import math

def run(n):
    s = 0
    x = 1.0
    for i in range(n):
        x *= 1.1
        s += math.floor(x) % 7
    return s

print(run(7000))
print(run(12000))
