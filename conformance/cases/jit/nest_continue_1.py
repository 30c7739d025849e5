# expect: jit
# continue in the inner loop and in the outer loop, over ranges and lists
def run(n, data):
    s = 0
    skipped = 0
    for i in range(n):
        if i % 10 == 3:
            skipped += 1
            continue
        for v in data:
            if (v + i) % 4 == 0:
                continue
            s += v * (i % 5)
        for k in range(i % 6):
            if k == 2:
                continue
            s -= k
    return s, skipped

print(run(700, list(range(-6, 7))))
print(run(700, [0.5, 1.5, 2.0]))
