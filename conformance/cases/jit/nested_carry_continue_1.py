# expect: jit
# outer continue skips the inner loop on some iterations
def run(n):
    total = 0
    skipped = 0
    for i in range(n):
        if i % 3 == 0:
            skipped += 1
            continue
        j = i % 13
        while j > 0:
            total += j
            j -= 2
    return total, skipped, j

print(run(15000))
