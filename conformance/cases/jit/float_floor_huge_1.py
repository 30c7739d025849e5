# expect: jit
# math.floor of huge floats returns ints beyond int64
import math

def run(base, n):
    s = 0
    big = 0
    last = 0
    for i in range(n):
        f = math.floor(base + i * 1e13)
        if f > 9223372036854775807:
            big += 1
        s += f % 1000003
        last = f
    return s, big, last

print(run(9.2e18, 12000))
print(run(-9.3e18, 12000))
print(run(1e300, 12000))
print(math.floor(1e20), math.floor(-1e20), math.floor(9.223372036854775808e18))
