# expect: jit
# Monte Carlo estimate of pi from an inline LCG
def run(n):
    x = 1
    inside = 0
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        u = x / 2147483648
        x = (x * 1103515245 + 12345) % 2147483648
        v = x / 2147483648
        if u * u + v * v <= 1.0:
            inside += 1
    return inside, 4.0 * inside / n

print(run(20000))
