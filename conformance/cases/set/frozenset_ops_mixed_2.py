fs = frozenset({1, 2, 3})
s = {2, 3, 4}
for r in (fs | s, s | fs, fs & s, s & fs, fs - s, s - fs, fs ^ s, s ^ fs):
    print(type(r).__name__, sorted(r))
print(fs.union(s).__class__.__name__, s.union(fs).__class__.__name__)
print(fs == frozenset(s) , fs <= {1, 2, 3, 4}, s >= frozenset({2}))
x = {fs, frozenset(s)}
print(len(x), frozenset({3, 2, 1}) in x)
try:
    fs.remove(1)
except AttributeError as e:
    print("AttributeError:", e)
try:
    fs.update([1])
except AttributeError as e:
    print("AttributeError:", e)
