# expect: jit
# Euler's method for a damped oscillator
def run(n, dt):
    x = 1.0
    v = 0.0
    crossings = 0
    prev = x
    for i in range(n):
        a = -4.0 * x - 0.1 * v
        v += a * dt
        x += v * dt
        if (prev < 0.0) != (x < 0.0):
            crossings += 1
        prev = x
    return x, v, crossings

print(run(20000, 0.001))
print(run(20000, 0.01))
