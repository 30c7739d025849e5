s = {1, 2, 3}
ref = s
s |= {4}
s -= {1}
s &= {2, 3, 4, 5}
s ^= {5}
print(s, ref is s)
s2 = s
s = s | {6}
print(s2 is s, s2, s)
try:
    s |= [7]
except TypeError as e:
    print("TypeError:", e)
s.update([7])
print(s)
f = frozenset({1})
g = f
f |= {2}
print(f, g, f is g)
