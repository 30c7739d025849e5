# comparisons specialized on small ints, then big ints of both signs
limit = 1000
hits = 0
for i in range(250):
    if i < 80:
        v = i * 13
    elif i < 160:
        v = 2 ** 64 + i
        limit = 2 ** 64 + 100
    else:
        v = -(2 ** 70) + i
        limit = -(2 ** 70) + 200
    if v < limit:
        hits += 1
    if i % 20 == 0 or i in (79, 80, 159, 160):
        print(i, v < limit, v == limit, v > limit, v >= -limit)
print(hits)
