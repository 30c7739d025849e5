# /, //, % on ints, then negative ints, then floats, then mixed
pairs = []
for i in range(1, 61):
    pairs.append((i * 7, 3))
for i in range(1, 61):
    pairs.append((-i * 7, 3))
for i in range(1, 61):
    pairs.append((i * 7, -4))
for i in range(1, 61):
    pairs.append((i * 0.7, 0.3))
for i in range(1, 61):
    pairs.append((-i * 1.5, 2))
out = []
for n, (a, b) in enumerate(pairs):
    q = a / b
    f = a // b
    m = a % b
    out.append((q, f, m))
    if n % 12 == 0 or n in (59, 60, 119, 120, 179, 180, 239, 240):
        print(n, a, b, repr(q), repr(f), repr(m))
print(sum(o[1] for o in out), round(sum(o[0] for o in out), 6))
