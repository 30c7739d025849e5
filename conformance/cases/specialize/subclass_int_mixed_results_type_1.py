# int subclass without overrides: ops return plain int; verify types along a hot loop
class MyInt(int):
    pass

out = []
for i in range(120):
    x = i if i < 50 or i % 2 else MyInt(i)
    r = x + 1
    s = x * 2
    c = x - x
    out.append((type(x).__name__, type(r).__name__, type(s).__name__, type(c).__name__))
    if i % 20 == 0 or 50 <= i < 53:
        print(i, out[-1], r, s, c)
print(sorted(set(out)))
print(MyInt(5) == 5, -MyInt(3), type(-MyInt(3)).__name__)
