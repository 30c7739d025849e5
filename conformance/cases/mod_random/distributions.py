import random
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
random.seed(31)
vals = [random.normalvariate(10, 2) for _ in range(2000)]
print(9.5 < sum(vals) / len(vals) < 10.5)
vals = [random.expovariate(4) for _ in range(2000)]
print(0.2 < sum(vals) / len(vals) < 0.3, min(vals) >= 0)
vals = [random.gammavariate(2.0, 3.0) for _ in range(2000)]
print(5 < sum(vals) / len(vals) < 7, min(vals) > 0)
vals = [random.betavariate(2, 5) for _ in range(2000)]
print(0.25 < sum(vals) / len(vals) < 0.32, all(0 <= v <= 1 for v in vals))
vals = [random.gauss(0, 1) for _ in range(2000)]
print(-0.1 < sum(vals) / len(vals) < 0.1)
t(lambda: random.gammavariate(0, 1))
t(lambda: random.gammavariate(1, -1))
t(lambda: random.expovariate(0))
t(lambda: random.expovariate())
