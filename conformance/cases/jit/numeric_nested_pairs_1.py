# expect: jit
# counting pairs with a property in a doubly nested loop
def run(n):
    c = 0
    s = 0
    for i in range(n):
        for j in range(i + 1, n):
            if (i * j) % 7 == 1:
                c += 1
                s += i - j
    return c, s

print(run(160))
