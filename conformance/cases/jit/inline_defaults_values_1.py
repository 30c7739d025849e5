# expect: jit
# inlined calls with int, float and bool defaults, a default that is an expression evaluated once,
# and a callee that raises with its default bound
SCALE = 2.5


def mix(i, a=3, b=SCALE * 2, flag=True):
    v = i * a + b
    if flag:
        v += 0.25
    return v


def risky(i, d=7):
    if i == 2900:
        return i // (d - 7)
    return i % d


def run(n):
    total = 0.0
    hits = 0
    for i in range(n):
        total += mix(i)
        total += mix(i, 1, 0.5)
        total += mix(i, 2, 1.0)
        hits += risky(i)
    return total, hits


try:
    print(run(4000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(run(2000))
print(mix.__defaults__)
