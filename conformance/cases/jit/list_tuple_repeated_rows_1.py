# expect: jit
# for t in items over [(1, 2)] * n: every item is the same tuple object
def run(items):
    s = 0
    for t in items:
        s += t[0] * 3 + t[1]
    return s

print(run([(1, 2)] * 6000))
print(run([(1, 2), (3, 4)] * 3000))
print(run([[5, 6]] * 6000))
