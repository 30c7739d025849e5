# expect: jit
# nested enumerate over a list of lists, and over a list of tuples whose items are unpacked
def f(rows):
    t = 0
    for y, row in enumerate(rows):
        for x, n in enumerate(row):
            t += (x + 1) * (y + 2) * n
    return t

def g(pairs):
    s = 0.0
    for i, (a, b) in enumerate(pairs):
        s += i * a - b
    return s

print(f([[i * j % 17 for j in range(300)] for i in range(40)]))
print(g([(k * 0.5, k * 0.25) for k in range(4000)]))
