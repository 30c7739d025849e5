# pop / remove during iteration makes the iterator skip elements
lst = list(range(120))
visited = []
for x in lst:
    visited.append(x)
    if x % 7 == 3:
        lst.pop()
    if x % 11 == 5 and x + 1 in lst:
        lst.remove(x + 1)
print(len(visited), visited[-10:])
print(len(lst), lst[-5:])
