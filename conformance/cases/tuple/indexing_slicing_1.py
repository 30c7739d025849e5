t = tuple(range(10))
print(t[0], t[-1], t[3:6], t[::-1], t[::3], t[8:2:-2], t[100:], t[:-100])
print(type(t[1:3]).__name__, t[:] is t, t[:] == t)
try:
    t[10]
except IndexError as e:
    print("IndexError:", e)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError:", e)
try:
    t["a"]
except TypeError as e:
    print("TypeError:", e)
m = ([1], [2])
m[0].append(99)
print(m)
try:
    m[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(m)
