# subtraction of negatives pushes small ints into big ints and back
x = 0
step = -(2 ** 58)
trace = []
for i in range(200):
    if i < 100:
        x = x - step
    else:
        x = x + step
    if i % 16 == 0 or i in (31, 32, 33, 99, 100, 199):
        trace.append((i, x))
for t in trace:
    print(*t)
print(x == 0, type(x).__name__)
