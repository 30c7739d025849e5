# for loops and comprehensions assign to any target
class O:
    pass
o = O()
for o.attr in range(3):
    pass
print(o.attr)
d = {}
for d["k"] in "abc":
    print(dict(d))
lst = [None, None]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    print(lst)
for i, (a, *b) in enumerate([[1], [2, 3]]):
    print(i, a, b)
buf = [0] * 3
for i in range(3):
    buf[i] = i * i
print(buf)
for x in []:
    pass
try:
    print(x)
except NameError as e:
    print("NameError:", e)
for y in [1, 2, 3]:
    y = y * 100
print(y)
for s[0] in "ab" if False else []:
    pass
print("done")
