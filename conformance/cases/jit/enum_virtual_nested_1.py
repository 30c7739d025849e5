# expect: jit
# nested loops over enumerate: the inner enumerate is made natively each time round the outer
# loop, and rare branches inside the inner loop leave native code with it half consumed
def h(rows):
    t = 0
    hits = []
    for y, row in enumerate(rows):
        for x, n in enumerate(row):
            t += (x + 1) * (y + 2) * n
            if n == 11 and y % 97 == 0:
                hits.append((y, x))
    return t, hits[:6], len(hits)

def g(rows):
    s = 0.0
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v < 0:
                break
            s += v * j - i
    return s

print(h([[i * j % 13 for j in range(30)] for i in range(3000)]))
print(h([[i * j % 13 for j in range(1 + i % 7)] for i in range(30000)]))
print(g([[float(k - (i % 5)) for k in range(20)] for i in range(4000)]))
