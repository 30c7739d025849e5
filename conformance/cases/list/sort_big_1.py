vals = [(i * 7919) % 1000 for i in range(200)]
s = sorted(vals)
print(s[:10], s[-10:], len(s))
print(s == sorted(vals, reverse=True)[::-1])
r = sorted(vals, key=lambda v: (v % 10, -v))
print(r[:12])
strs = [str(v) for v in vals[:30]]
print(sorted(strs))
print(sorted(strs, key=int)[:10])
pairs = [(v % 3, i) for i, v in enumerate(vals[:20])]
print(sorted(pairs, key=lambda p: p[0]))
