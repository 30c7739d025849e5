# expect: jit
# an error inside a loop over enumerate: the count and item at the error, and the count after
def f(a, stop):
    e = enumerate(a)
    s = 0
    try:
        for i, x in e:
            s += 1000 // (x - stop)
    except ZeroDivisionError as err:
        return i, x, s, next(e), str(err)

def g(a):
    s = 0
    for i, x in enumerate(a):
        s += a[i * 2]
    return s

print(f(list(range(5000)), 4000))
print(f([float(k) for k in range(5000)], 3000.0))
try:
    g(list(range(4000)))
except IndexError as err:
    print("IndexError:", err)
