# comparisons: int phase, str phase, float phase, back to int; 4 phases x 80
vals = []
for i in range(320):
    ph = (i // 80) % 4
    if ph == 0 or ph == 3:
        a, b = i, 150
    elif ph == 1:
        a, b = "k%03d" % i, "k150"
    else:
        a, b = i / 2, 100.0
    vals.append((a < b, a == b, a >= b))
    if i % 40 == 0:
        print(i, ph, repr(a), repr(b), vals[-1])
print(sum(v[0] for v in vals), sum(v[2] for v in vals))
