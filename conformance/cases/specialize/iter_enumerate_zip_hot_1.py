# enumerate/zip/reversed iterators in hot loops, with lists mutated between
a = list(range(80))
b = [x * 2 for x in a]
s = 0
for i, (x, y) in enumerate(zip(a, b)):
    s += i + x + y
    if i == 40:
        b[:] = b[:50]
print(s)
t = 0
for x in reversed(a):
    t += x
    if x == 60:
        a.clear()
print(t, a)
it = zip([1, 2, 3], "ab")
print(list(it), list(zip()))
