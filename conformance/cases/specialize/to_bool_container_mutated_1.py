# `if lst:` specialized on a list that is emptied and refilled mid-loop; same for dict/str
lst = [1]
d = {}
s = ""
counts = [0, 0, 0]
for i in range(200):
    if i % 25 == 0:
        lst.clear()
    elif i % 25 == 10:
        lst.append(i)
    if i % 40 == 20:
        d[i] = i
    elif i % 40 == 0:
        d.clear()
    s = s + "x" if i % 30 < 15 else ""
    if lst:
        counts[0] += 1
    if d:
        counts[1] += 1
    if s:
        counts[2] += 1
    if i % 25 in (0, 10):
        print(i, bool(lst), bool(d), bool(s))
print(counts)
