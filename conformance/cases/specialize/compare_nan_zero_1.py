# float compares specialized, then nan / -0.0 / inf show up
nan = float("nan")
inf = float("inf")
seq = [i * 0.5 for i in range(70)] + [nan, -0.0, 0.0, inf, -inf, nan]
cnt = [0, 0, 0]
for i, x in enumerate(seq):
    lt = x < 10.0
    eq = x == 0.0
    ne = x != x
    if lt:
        cnt[0] += 1
    if eq:
        cnt[1] += 1
    if ne:
        cnt[2] += 1
    if i >= 68 or i % 20 == 0:
        print(i, repr(x), lt, eq, ne, x > -inf, x >= inf)
print(cnt)
print(nan == nan, nan is nan, [nan] == [nan], (nan,) == (nan,), -0.0 == 0, 0 == -0.0)
