# KeyError escapes a hot dict loop when a key is missing
def run(d, n):
    s = 0
    for i in range(n):
        s += d[i]
    return s

d = {k: k % 17 for k in range(12000)}
del d[9000]
print(run(d, 9000))
print(run(d, 12000))
