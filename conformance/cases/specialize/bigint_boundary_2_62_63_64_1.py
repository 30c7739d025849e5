# add/sub across 2**62, 2**63, 2**64 boundaries, both signs
for base in (2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 62), -(2 ** 63), -(2 ** 64)):
    lo = base - 60
    acc = []
    for i in range(120):
        v = lo + i
        acc.append(v)
    print(base, acc[59], acc[60], acc[61], acc[-1] - acc[0], sum(acc) - 120 * lo)
x = 2 ** 63 - 1
print(x + 1, -x - 1, -x - 2, x * -1 - 1, (x + 1) * 2, ~x, -(-x - 1))
