# float ** e where the exponent is a local or an argument equal to 0.5 (and later other values)
def run(xs, e):
    s = 0.0
    h = 0.5
    t = 0.0
    for x in xs:
        s += x ** e
        t += x ** h
    return repr(s), repr(t)

xs = [1.0 + (i * 37 % 1000) * 0.731 for i in range(7000)]
print(run(xs, 0.5))
print(run(xs, 1 / 2))
print(run(xs, 0.25))
print(run(xs, 2))
print(run(xs, 0.5))
