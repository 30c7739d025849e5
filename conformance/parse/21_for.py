# for loops over every kind of iterable expression.
total = 0
for i in range(5):
    total += i
for i in range(10):
    if i == 3:
        break
else:
    total = -1
for i in []:
    pass
else:
    total += 100
for ch in "abc":
    total += ord(ch)
for k, v in {'a': 1}.items():
    total += v
for x in 1, 2, 3:
    total += x
for x in *[1, 2], 3:
    total += x
for x in (1, 2, 3) if total else []:
    total += x
for x in [y for y in range(3)]:
    pass
for x in (y * 2 for y in range(3)):
    total += x
for i in range(3): total += i
for i in reversed(range(3)):
    for j in range(i):
        if j:
            continue
        total += j
    else:
        pass
for (a, b) in zip("ab", "cd"):
    pass
class Holder:
    pass
h = Holder()
for h.value in range(2):
    pass
lst = [0]
for lst[0] in range(3):
    pass
for _ in range(2):
    pass
async def agen():
    async for item in source():
        yield item
    async for a, b in source():
        pass
    else:
        pass
print(total, h.value, lst)
