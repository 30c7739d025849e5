a = [1, 2, 3, 4]
print(a.reverse(), a)
b = a.copy()
b.append(5)
print(a, b, a is b, a == b[:4])
nested = [[1], [2]]
c = nested.copy()
c[0].append(99)
print(nested, c)
a.clear()
print(a, len(a), b)
x = [1, 2]
y = x
x.clear()
print(y)
x = []
x.reverse()
print(x, [1].copy(), list(reversed([1, 2, 3])))
