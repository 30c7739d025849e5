# generators driven in a hot loop with next/send/close
def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    yield "end"

g = acc()
next(g)
vals = []
for i in range(100):
    vals.append(g.send(i))
print(vals[-3:])
print(next(g))
gens = [acc() for _ in range(60)]
for i, gg in enumerate(gens):
    next(gg)
    gg.send(i)
    if i % 2:
        gg.close()
closed = 0
for gg in gens:
    try:
        gg.send(1)
    except StopIteration:
        closed += 1
print(closed)
