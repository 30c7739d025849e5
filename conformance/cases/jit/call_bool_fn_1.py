# expect: jit
# predicates returning bool, used as conditions and as numbers
def is_odd(x):
    return x % 2 == 1

def between(x, lo, hi):
    return lo <= x < hi

def run(n):
    c = 0
    t = 0
    for i in range(n):
        if is_odd(i):
            c += 1
        t += between(i % 100, 10, 20)
        t += is_odd(i) and between(i, 5000, 6000)
    return c, t

print(run(12000))
