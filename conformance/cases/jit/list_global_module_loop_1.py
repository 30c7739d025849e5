# a hot loop at module level (not in a function) over a module-level list
a = [0] * 6
for i in range(6000):
    a[i % 6] += i % 5
print(a)
b = a
for i in range(6000):
    b[-(i % 6) - 1] -= 1
print(a, sum(a))
print(b is a, a[-1], a[0])
