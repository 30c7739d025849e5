# Plain and chained assignment to every kind of target.
class Obj:
    pass
o = Obj()
a = 1
a = b = c = 2
o.attr = 3
o.attr2 = o.attr = 4
lst = [0, 1, 2, 3, 4, 5]
lst[0] = 10
lst[1:3] = [7, 8]
lst[::2] = [0, 0, 0]
lst[-1] = lst[-2] = 9
d = {}
d['k'] = 1
d['a'], d['b'] = 1, 2
x, y = 1, 2
x, y = y, x
(x, y) = (y, x)
[x, y] = [1, 2]
x, = [1]
(x,) = [2]
[x] = [3]
(a) = 5
((a)) = 6
a, (b, c) = 1, (2, 3)
[a, [b, (c, d2)]] = [1, [2, (3, 4)]]
o.x, lst[0], d['z'] = 1, 2, 3
first, *rest = [1, 2, 3]
*init, last = [1, 2, 3]
first, *middle, last = range(5)
[*head] = "abc"
*tail, = (1, 2)
(a, *b), c = [1, 2, 3], 4
x = y = *z, = [1, 2]
i = j = k = None
x = yield_ = 1
t = 1,
u = 1, 2
v = (1, 2),
w = ()
o.attr.__class__.name = 'n' if False else None
lst[len(lst) - 1] = lst[0]
print(a, b, c, d, x, y, first, rest, init, last, middle, head, tail, t, u, v, w)
