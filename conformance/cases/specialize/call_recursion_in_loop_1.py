# recursive function called in a hot loop; the global name is rebound mid-loop
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

orig = fact
out = []
for i in range(120):
    if i == 50:
        fact = lambda n: -n
    if i == 80:
        fact = orig
    out.append(orig(i % 25))
    if i % 15 == 0 or i in (49, 50, 79, 80):
        print(i, out[-1])
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(sum(depth(k) for k in range(100)))
