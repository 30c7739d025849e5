inner = [1, 2]
t = (inner, "fixed")
print(t)
inner.append(3)
print(t)
t2 = t
print(t2 is t, t2 == ([1, 2, 3], "fixed"))
d = {}
key = (1, "a", 2.5, None, True, (3, 4), frozenset({5}))
d[key] = "ok"
print(d[(1, "a", 2.5, None, True, (3, 4), frozenset({5}))])
print(len({(1, 2): 0, (1.0, 2.0): 1, (True, 2): 2}))
