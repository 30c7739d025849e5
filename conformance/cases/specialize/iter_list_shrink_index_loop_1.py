# index-based hot loop with a list that shrinks mid-loop -> IndexError caught
lst = list(range(100))
i = 0
total = 0
while i < 100:
    try:
        total += lst[i]
    except IndexError as e:
        print(i, "IndexError:", e)
        break
    if i == 60:
        del lst[70:]
    i += 1
print(total, len(lst))
