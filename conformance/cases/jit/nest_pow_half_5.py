# expect: jit
# float ** HALF where the global HALF is 0.5, then rebound to other exponents and back
HALF = 0.5

def run(xs):
    t = 0.0
    for x in xs:
        t += x ** HALF
    return repr(t)

xs = [1.0 + (i * 37 % 1000) * 0.731 for i in range(7000)]
print(run(xs))
HALF = 0.25
print(run(xs))
HALF = 2
print(run(xs))
HALF = 1 / 2
print(run(xs))
xs[5000] = 0.0
print(run(xs))
