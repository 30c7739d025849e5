# expect: full-stderr
# an inlined helper that stores into a list raises IndexError in a nested loop; full traceback
def put(a, i, v):
    a[i] = v

def fill(a, rows, width):
    for r in range(rows):
        for c in range(width):
            put(a, r * width + c, r - c)
    return a[-1]

a = [0] * 6000
print(fill(a, 60, 100))
print(fill(a, 61, 100))
