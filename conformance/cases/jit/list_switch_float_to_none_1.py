# a float list receives None; the loop then skips None items
def run(n):
    a = [1.25] * 6
    s = 0.0
    skipped = 0
    for i in range(n):
        j = i % 6
        if i == 5000:
            a[2] = None
        x = a[j]
        if x is None:
            skipped += 1
        else:
            s += x
            a[j] = x + 0.0625
    return s, skipped, a

print(run(9000))
