# math.sqrt rebound on the module mid-loop, then restored
import math

real = math.sqrt
def run(n):
    s = 0.0
    for i in range(n):
        if i == 5000:
            math.sqrt = lambda x: -1.0
        if i == 9000:
            math.sqrt = real
        s += math.sqrt(i)
    return s

print(run(12000))
print(math.sqrt(16))
