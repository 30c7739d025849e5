# expect: jit
# a hot loop reads a global float list through a local alias while another function writes it
W = [0.5, 0.25, 0.125]

def nudge(k):
    W[k % 3] = W[k % 3] * 1.0 + 0.0001

def run(n):
    w = W
    s = 0.0
    for i in range(n):
        s += w[i % 3]
        if i % 1000 == 0:
            nudge(i)
    return s

print(repr(run(6000)))
print(W)
