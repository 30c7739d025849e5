# expect: jit
# int + 0.0 is exact only up to 2**53; exact int/float comparison must notice
def run(base, n):
    exact = 0
    inexact = 0
    fsum = 0.0
    for i in range(n):
        x = base + i
        f = x + 0.0
        if f == x:
            exact += 1
        else:
            inexact += 1
        fsum += f - base
    return exact, inexact, fsum

print(run(2 ** 53 - 6000, 12000))
print(run(2 ** 53, 12000))
print(run(2 ** 54 - 5000, 12000))
print(run(-2 ** 53 - 6000, 12000))
print(2 ** 53 + 1 + 0.0, 2 ** 53 + 1 == 2 ** 53 + 1 + 0.0)
