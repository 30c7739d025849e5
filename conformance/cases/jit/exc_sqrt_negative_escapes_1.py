# math.sqrt(-1) escapes the hot loop at iteration 9000
import math

def run(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(9000 - i)
    return s

print(run(9001))
print(run(12000))
