# expect: jit
# a module constant used in a hot loop changes between loop runs (int, float, big)
SCALE = 3

def run(n):
    s = 0
    for i in range(n):
        s += i * SCALE % 1000
    return s

print(run(12000))
SCALE = 5
print(run(12000))
SCALE = 2.5
print(run(12000))
SCALE = 2 ** 63
print(run(12000))
SCALE = True
print(run(12000))
SCALE = 3
print(run(12000))
