# a recursive binary search over a sorted int list called from a hot loop
def find(a, x, lo, hi):
    if lo >= hi:
        return lo
    mid = (lo + hi) // 2
    if a[mid] < x:
        return find(a, x, mid + 1, hi)
    return find(a, x, lo, mid)

def run(a, n):
    s = 0
    for i in range(n):
        s += find(a, i % 300, 0, len(a))
    return s

a = [k * 3 for k in range(100)]
print(run(a, 6000))
print(find(a, 299, 0, len(a)), find(a, -1, 0, len(a)))
