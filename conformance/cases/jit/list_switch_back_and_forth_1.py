# expect: jit
# one slot flips between int and float every 1000 iterations
def run(n):
    a = [0, 0, 0]
    s = 0
    for i in range(n):
        j = i % 3
        if i % 1000 == 0:
            a[0] = 1.5 if (i // 1000) % 2 else 1
        s += a[j]
        a[2] += 1
    return s, a

print(run(9000))
