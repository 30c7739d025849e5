# expect: jit
# -0.0 stored and read back in native code keeps its sign
import math

def run(n):
    a = [0.0] * 4
    for i in range(n):
        j = i % 4
        a[j] = -a[j] if j % 2 else a[j] * -1.0
    return a

a = run(6000)
print(a)
print([math.copysign(1.0, x) for x in a])
a = run(6001)
print(a, repr(a[0]), a[0] == 0.0)
