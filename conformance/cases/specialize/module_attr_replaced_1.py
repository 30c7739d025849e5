# module attribute (math.sqrt, math.pi) read in a hot loop, replaced and restored
import math

def f(x):
    return math.sqrt(x) + math.pi

saved_sqrt = math.sqrt
saved_pi = math.pi
out = []
for i in range(150):
    if i == 50:
        math.sqrt = lambda x: -1.0
    if i == 80:
        math.pi = 0
    if i == 110:
        math.sqrt = saved_sqrt
        math.pi = saved_pi
    out.append(f(16))
    if i in (0, 49, 50, 79, 80, 109, 110, 149):
        print(i, out[-1])
print(len(set(out)))
