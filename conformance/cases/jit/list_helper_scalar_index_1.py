# expect: jit
# a helper computes the index (with a negative result for odd i) used on a list
def idx(i, m):
    if i % 2:
        return -(i % m) - 1
    return i % m

def run(a, n):
    s = 0
    for i in range(n):
        k = idx(i, len(a))
        s += a[k]
        a[k] += 1
    return s, a

print(run([0] * 5, 6000))
print(run([10, 20, 30], 6001))
