# a module-level list shrinks between calls; the next hot loop raises IndexError uncaught
G = [1] * 100

def run(n):
    s = 0
    for i in range(n):
        s += G[i % 100]
        G[i % 100] = s % 7
    return s

print(run(6000))
del G[50:]
print(len(G))
run(6000)
