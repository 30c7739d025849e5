# builtin method calls (str.join, list.pop, dict.get, str.upper) with receivers changing type
items = []
for i in range(200):
    recv = ["a", "b"] if i < 60 else (("x", "y") if i % 2 else "pq")
    j = "-".join(recv)
    u = j.upper()
    items.append(u)
    if i % 25 == 0 or 60 <= i < 62:
        print(i, j, u)
d = {"k": 1}
g = d.get
for i in range(80):
    v = g("k", 0) + g("z", 5)
print(v)
stack = list(range(70))
while stack:
    top = stack.pop()
print(top, stack)
