# an instance attribute read in a hot loop is rebound and shadowed
class P:
    k = 1
    def __init__(self):
        self.v = 2

def run(p, n):
    s = 0
    for i in range(n):
        s += p.v + p.k
        if i == 4000:
            p.v = 0.5
        if i == 8000:
            p.k = 100
    return s

p = P()
print(run(p, 12000), p.v, p.k, P.k)
