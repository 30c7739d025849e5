# nested loops: break leaves only the innermost loop
found = None
for i in range(1, 5):
    for j in range(1, 5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print("found", found)
pairs = []
for i in range(3):
    for j in range(3):
        if j > i:
            break
        if (i + j) % 2:
            continue
        pairs.append((i, j))
print(pairs)
for i in range(3):
    for j in range(2):
        pass
    else:
        print("inner else", i)
    if i == 1:
        break
else:
    print("outer else never")
table = []
for r in range(1, 4):
    row = []
    for c in range(1, 4):
        row.append(r * c)
    table.append(row)
print(table)
count = 0
for a in range(4):
    for b in range(4):
        for c in range(4):
            if a < b < c:
                count += 1
print("increasing triples", count)
