# starred unpacking at a hot site with changing source types and lengths
out = []
for i in range(150):
    if i < 50:
        s = (i, i + 1, i + 2, i + 3)
    elif i < 100:
        s = list(range(i % 5))
    else:
        s = "abc"[: i % 4]
    try:
        first, *mid, last = s
        r = (first, mid, last)
    except ValueError as e:
        r = "ValueError: " + str(e)
    out.append(r)
    if i % 10 == 0 or 100 <= i < 104:
        print(i, r)
print(len(out))
