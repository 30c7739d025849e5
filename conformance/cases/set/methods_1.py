s = {1, 2}
s.add(3)
s.add(1)
print(s)
s.update([4, 5], (6,), {7: "x"})
print(s)
s.discard(7)
s.discard(100)
print(s)
s.remove(6)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p, s)
print(s.copy(), s.copy() is s)
s.clear()
print(s)
try:
    s.pop()
except KeyError as e:
    print("KeyError:", e)
try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
print(s.add(1), s.discard(1), s)
