# expect: jit
# Leibniz series for pi with an alternating sign flag
def run(n):
    s = 0.0
    sign = 1.0
    for k in range(n):
        s += sign / (2 * k + 1)
        sign = -sign
    return 4 * s

for n in (1, 10, 1000, 20000):
    print(n, run(n))
