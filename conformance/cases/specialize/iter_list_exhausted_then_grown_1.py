# a list iterator is exhausted, then the list grows: iterator stays exhausted
lst = list(range(70))
it = iter(lst)
s = 0
for x in it:
    s += x
print(s)
lst.extend([100, 200])
print(list(it), next(it, "done"))
it2 = iter(lst)
for _ in range(71):
    next(it2)
lst.append(300)
print(list(it2))
r = reversed(lst)
for _ in range(10):
    next(r)
lst.append(999)
print(next(r), len(lst))
