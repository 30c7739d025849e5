# expect: jit
# Newton's iteration for square roots, compared with math.sqrt
import math

def newton(a):
    if a == 0:
        return 0.0
    x = a
    for k in range(60):
        y = 0.5 * (x + a / x)
        if y == x:
            break
        x = y
    return x

def run(n):
    worst = 0.0
    exact = 0
    for i in range(n):
        a = i * 0.37
        r = newton(a)
        d = math.fabs(r - math.sqrt(a))
        if d == 0.0:
            exact += 1
        if d > worst:
            worst = d
    return worst, exact

print(run(1500))
print(newton(2.0), newton(1e300), newton(1e-300))
