# a helper writes to a global list the loop also reads through a local alias
G = [0] * 4

def bump(k):
    G[k % 4] += 3

def run(n):
    g = G
    s = 0
    for i in range(n):
        bump(i)
        s += g[(i + 1) % 4]
    return s

print(run(6000))
print(G)
print(run(6000), G)
