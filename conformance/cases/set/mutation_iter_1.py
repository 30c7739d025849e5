s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print("RuntimeError:", e)
u = {1, 2, 3}
for x in list(u):
    if x % 2:
        u.remove(x)
print(u)
v = {1, 2, 3}
for x in v.copy():
    v.add(x * 10)
print(sorted(v))
