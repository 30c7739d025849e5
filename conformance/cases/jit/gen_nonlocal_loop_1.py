# a hot loop inside a closure writes a nonlocal read by the outer function
def outer(n):
    total = 0
    hits = 0
    def body(lo, hi):
        nonlocal total, hits
        for i in range(lo, hi):
            total += i
            if i % 1000 == 0:
                hits += 1
    body(0, n // 2)
    first = total
    body(n // 2, n)
    return first, total, hits

print(outer(12000))
print(outer(7))
