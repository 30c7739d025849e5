# * specialized for int*int, then str*int, int*list, tuple*bool, float*int
out = []
for i in range(200):
    k = i % 4
    if i < 50:
        r = i * k
    elif i < 100:
        r = "ab" * k
    elif i < 150:
        r = k * [i]
    elif i < 175:
        r = (1, 2) * (k == 1)
    else:
        r = 1.5 * k
    out.append(r)
    if i % 13 == 0 or i in (49, 50, 99, 100, 149, 150, 174, 175):
        print(i, repr(r))
print(len(out))
