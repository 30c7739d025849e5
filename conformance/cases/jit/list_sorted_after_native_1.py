# expect: jit
# sorted(a), a.sort() and reversed order after native writes of mixed floats
def run(n):
    a = [0.0] * 8
    for i in range(n):
        a[i % 8] = ((i * 37) % 101) / 7.0 - 5.0
    return a

a = run(6000)
print(sorted(a))
print(sorted(a, reverse=True)[:3])
a.sort()
print(a[0], a[-1], a == sorted(a))
