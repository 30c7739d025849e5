# a global int list receives a float at module level between two hot calls
G = [0] * 5

def run(n):
    for i in range(n):
        G[i % 5] += 1
    return sum(G)

print(run(6000))
G[2] = 0.5
print(run(6000), G)
G[2] = "s"
try:
    run(6000)
except TypeError as e:
    print("TypeError", e, G)
