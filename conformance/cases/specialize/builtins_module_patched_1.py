# builtins.abs replaced through the builtins module mid-loop, then restored
import builtins

def f(x):
    return abs(x)

saved = builtins.abs
out = []
for i in range(150):
    if i == 50:
        builtins.abs = lambda x: 1000
    if i == 100:
        builtins.abs = saved
    out.append(f(-i))
    if i in (0, 49, 50, 51, 99, 100, 101, 149):
        print(i, out[-1])
print(sum(out), abs(-3))
