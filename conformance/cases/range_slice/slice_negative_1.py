s = "abcdefghij"
l = list(s)
t = tuple(s)
r = range(10)
for sl in (slice(-3, -1), slice(-1, -4, -1), slice(-20, -5), slice(-5, 100), slice(None, -100, -1), slice(-2, None, -3), slice(3, -3, 2)):
    print(sl, repr(s[sl]), l[sl] == list(s[sl]), t[sl] == tuple(s[sl]), list(r[sl]))
