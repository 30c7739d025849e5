# builtins.len patched via the builtins module, with a module-level shadow too
import builtins

def size(x):
    return len(x)

orig = builtins.len
xs = [1, 2, 3, 4]
for i in range(180):
    if i == 40:
        builtins.len = lambda x: 99
    if i == 80:
        len = lambda x: -7
    if i == 120:
        del len
    if i == 150:
        builtins.len = orig
    r = size(xs)
    if i % 20 == 0 or i in (39, 40, 79, 80, 119, 120, 149, 150):
        print(i, r)
print(len("abc"))
