# a global constant rebound to different types used in arithmetic in a hot function
K = 1
def f(x):
    return x + K

out = []
for i in range(200):
    if i == 50:
        K = 0.5
    elif i == 100:
        K = True
    elif i == 150:
        K = 2 ** 70
    out.append(f(i))
    if i in (0, 49, 50, 99, 100, 149, 150, 199):
        print(i, repr(out[-1]))
print(len(out))
