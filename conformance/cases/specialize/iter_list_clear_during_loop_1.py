# clear() and slice assignment during iteration after warmup
lst = list(range(100))
out = []
for x in lst:
    out.append(x)
    if x == 70:
        lst[x + 1:] = [-1, -2, -3]
    if x == -2:
        lst.clear()
print(out[-6:], len(out), lst)
lst = list(range(80))
n = 0
for x in lst:
    n += 1
    if x == 60:
        lst[:] = lst[:10]
print(n, len(lst))
