# expect: jit
# and/or inside conditions, short-circuiting over comparisons
def run(n):
    a = 0
    b = 0
    c = 0
    for i in range(n):
        if i % 2 == 0 and i % 3 == 0:
            a += 1
        if i % 5 == 0 or i % 7 == 0:
            b += 1
        if not (i % 11 == 0) and (i < 6000 or i > 9000):
            c += 1
    return a, b, c

print(run(12000))
print(run(100))
