# expect: jit
# if/elif/else where each arm is the hot one during a different phase
def run(n):
    a = 0
    b = 0
    c = 0
    d = 0
    for i in range(n):
        if i < 5000:
            a += 1
        elif i < 10000:
            b += 2
        elif i < 15000:
            c += 3
        else:
            d += 4
    return a, b, c, d

print(run(20000))
print(run(7000))
