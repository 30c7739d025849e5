a = [3, 1, 4, 1, 5, 9, 2, 6]
a.remove(1)
print(a)
a.remove(1)
print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
print(a.pop(1), a)
b = [1, 1.0, True]
b.remove(True)
print(b)
c = [[1], (2,), "3"]
c.remove((2,))
print(c)
for f in (lambda: a.remove(42), lambda: [].pop(), lambda: a.pop(10), lambda: a.pop(-10), lambda: [].remove(0), lambda: a.pop("x")):
    try:
        f()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(a)
