s = "héllo 😀!"
out = []
for ch in s:
    out.append((ch, len(ch), ord(ch)))
print(out)
print(len(s), sum(1 for _ in s), s[6] == "😀")
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
print([s[i] for i in range(len(s) - 1, -1, -1)] == list(reversed(s)))
print("".join(c * 2 for c in "abc"), "".join([c for c in "a1b2" if c.isdigit()]))
