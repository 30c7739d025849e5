# expect: jit
# unary minus of -2**63 inside a hot loop
def run(n):
    base = -9223372036854775807 - 1
    big = 0
    total = 0
    last = 0
    for i in range(n):
        v = base + i % 3
        w = -v
        if w > 9223372036854775807:
            big += 1
        total += w % 97
        last = w
    return big, total, last

print(run(12000))
print(run(1))
