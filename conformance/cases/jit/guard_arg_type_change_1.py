# expect: jit
# the same loop traced with int args, then run with float, bool and big int args
def run(a, b, n):
    s = a
    for i in range(n):
        s = s + b
        if s > a + 1000:
            s -= 1000
    return s

print(run(0, 3, 12000))
print(run(0.5, 3, 12000))
print(run(0, 0.125, 12000))
print(run(True, True, 12000))
print(run(2 ** 64, 3, 12000))
print(run(0, 3, 12000))
