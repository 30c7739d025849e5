# expect: jit
# int / int always gives a float, even when exact
def run(n):
    s = 0.0
    exact = 0
    for i in range(1, n):
        j = i % 17 + 1
        q = i / j
        s += q
        if q == i // j:
            exact += 1
    return s, exact, q

print(run(12000))
print(6 / 3, -6 / 3, 0 / 5, repr(0 / -5), repr(-0 / 5), 1 / 3, 2 ** 60 / 2 ** 59)
