# expect: jit
# the hot branch changes in phases of 4500 iterations, several times
def run(n):
    a = 0
    b = 0
    switches = 0
    prev = True
    for i in range(n):
        phase = (i // 4500) % 2 == 0
        if phase != prev:
            switches += 1
            prev = phase
        if phase:
            a += 1
        else:
            b -= 1
    return a, b, switches

print(run(30000))
print(run(9001))
