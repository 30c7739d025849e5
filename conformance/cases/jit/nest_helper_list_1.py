# expect: jit
# small helpers taking a list (get, put, swap) inlined into nested hot loops
def get(a, i):
    return a[i]

def put(a, i, v):
    a[i] = v

def swap(a, i, j):
    a[i], a[j] = a[j], a[i]

def run(a, rounds):
    s = 0
    for r in range(rounds):
        for i in range(len(a) - 1):
            s += get(a, i) * get(a, -1 - i)
            if get(a, i) > get(a, i + 1):
                swap(a, i, i + 1)
        put(a, r % len(a), s % 101)
    return s, a[:6]

print(run([(i * 37) % 61 for i in range(60)], 120))
print(run([3.5, 1.25, 2.0, 0.5] * 10, 150))
