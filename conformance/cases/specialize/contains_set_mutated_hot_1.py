# set membership while the set is mutated; list membership with mutating list
s = set(range(10))
l = list(range(10))
trace = []
for i in range(160):
    k = i % 12
    if i % 40 == 39:
        s.discard(i % 10)
        if i % 10 in l:
            l.remove(i % 10)
    if i == 100:
        s |= {10, 11}
        l += [10, 11]
    trace.append((k in s) + 2 * (k in l))
    if i % 20 == 0 or i in (39, 40, 100, 101):
        print(i, k, k in s, k in l, len(s), len(l))
print(sum(trace), sorted(s))
