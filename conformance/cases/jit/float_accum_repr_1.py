# expect: jit
# repeated 0.1 additions drift; repr shows the shortest round-tripping digits
def run(step, n):
    s = 0.0
    k = 0
    c = 0
    for i in range(n):
        s += step
        k += 1
        if s == k * step:
            c += 1
    return s, c

for step in (0.1, 0.2, 0.3, 1e-7, 1e16, 0.5):
    print(repr(step), run(step, 12000))
