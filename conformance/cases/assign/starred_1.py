# starred targets collect the rest into a list
a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = [1, 2, 3, 4]
print(a, b)
a, *b, c = range(5)
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = "xyz"
print(a)
[*a] = (1, 2)
print(a)
a, b, *c = "ab"
print(a, b, c)
first, *middle, last = "hello world"
print(first, "".join(middle), last)
*init, tail = (x * x for x in range(4))
print(init, tail, type(init).__name__)
head, *rest = {10: 'a', 20: 'b'}
print(head, rest)
a, *b = (None,)
print(a, b)
x, *y, z = 1, 2, 3, 4, 5, 6
print(x, y, z)
