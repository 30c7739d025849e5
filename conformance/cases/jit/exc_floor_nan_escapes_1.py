# math.floor(nan) raises ValueError out of a hot loop
import math

def run(inf, n):
    s = 0
    for i in range(n):
        x = i * 0.5
        if i == 8000:
            x = inf - inf
        s += math.floor(x)
    return s

print(run(math.inf, 8000))
print(run(1e300, 12000))
print(run(math.inf, 12000))
