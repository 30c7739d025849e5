# builtin min shadowed by a module-level assignment inside a module-level loop
s = 0
for i in range(12000):
    if i == 5000:
        min = lambda a, b: 1000
    if i == 9000:
        del min
    s += min(i, 3)
print(s)
print(min(4, 2))
