# appending to a list while iterating it (bounded) after FOR_ITER specialized
lst = list(range(60))
seen = 0
for x in lst:
    seen += 1
    if x % 10 == 0 and len(lst) < 150:
        lst.append(x + 1000)
        lst.append(x + 2000)
print(seen, len(lst), lst[-6:])
