# expect: jit
# a.index(x), x in a and a.count(x) after native writes to an int list
def run(n):
    a = [0] * 10
    for i in range(n):
        a[i % 10] = (a[i % 10] + i) % 13
    return a

a = run(6000)
print(a)
print(a.index(a[5]), a[5] in a, 99 in a, a.count(a[0]))
try:
    a.index(99)
except ValueError as e:
    print("ValueError", e)
print(a.count(0), 0.0 in a, a.index(a[-1]))
