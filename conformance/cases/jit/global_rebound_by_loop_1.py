# a global is rebound by the loop itself (module level loop)
K = 1
s = 0
for i in range(12000):
    s += K
    if i == 5000:
        K = 2
    if i == 8000:
        K = 0.5
    if i == 10000:
        K = 2 ** 64
print(s, K)
