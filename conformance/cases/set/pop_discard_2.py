s = {5}
print(s.pop(), s)
s = set(range(4))
popped = []
while s:
    popped.append(s.pop())
print(sorted(popped), s)
t = {1, 2, 3}
t.discard(2.0)
print(t)
t.remove(True)
print(t)
u = {"a", "b"}
u.discard("c")
u.remove("a")
print(u)
try:
    u.remove("a")
except KeyError as e:
    print("KeyError:", e)
try:
    {(1,)}.remove((2,))
except KeyError as e:
    print("KeyError:", e)
