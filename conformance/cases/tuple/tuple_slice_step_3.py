t = tuple("abcdefgh")
for sl in (slice(1, 6, 2), slice(None, None, -2), slice(-3, None), slice(6, 1, -1), slice(0, 0), slice(-100, 100, 3)):
    print(sl, t[sl])
print(t[1:-1][::-1][1:3])
print(t.index("e", 2, 6), t[2:6].index("e"))
