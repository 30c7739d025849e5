s = {10 ** 20, -5, 2 ** 64, 3.5, -(2 ** 70)}
print(sorted(s))
print(10 ** 20 in s, float(10 ** 20) in s, 2 ** 64 + 1 in s, -5.0 in s)
t = {x * 1000003 for x in range(20)}
print(len(t), sorted(t)[:3], sorted(t)[-1])
u = {-1, -2, -3}
print(sorted(u), max(u), min(u))
print(sorted({1.5, 1, 2.0, 2, -0.0, 0}))
