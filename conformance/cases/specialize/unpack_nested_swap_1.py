# nested unpack and swap patterns in a hot loop with types changing underneath
a, b = 0, 1
pairs = [((i, i + 1), [i * 2, (i, -i)]) for i in range(60)]
pairs += [("ab", "cd"[::-1] + "e"[:0] and ["x", "yz"]), ([1, 2], ("q", "rs"))] * 10
acc = []
for i, item in enumerate(pairs):
    try:
        (p, q), (r, (s, t)) = item
        acc.append((p, q, r, s, t))
    except ValueError as e:
        acc.append(str(e))
    a, b = b, a + b
    if i % 15 == 0 or 60 <= i < 63:
        print(i, acc[-1])
print(a % 1000, len(acc))
