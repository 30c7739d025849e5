# Nested tuple/list targets with one starred name, in every target position.
a, b = 1, 2
a, *b = [1, 2, 3]
*a, b = [1, 2, 3]
a, *b, c = range(10)
(a, b), c = (1, 2), 3
[a, b], [c, d] = [1, 2], [3, 4]
a, (b, *c), d = 1, (2, 3, 4), 5
[a, *b] = 1, 2
(*a,) = 1, 2
for x, y in [(1, 2), (3, 4)]:
    pass
for x, *y in [(1, 2, 3)]:
    pass
for (x, y), z in [((1, 2), 3)]:
    pass
for [x, y] in [[1, 2]]:
    pass
for x, in [(1,)]:
    pass
for *x, y in [(1, 2)]:
    pass
for i, (j, *k) in enumerate([(1, 2, 3)]):
    pass
pairs = [(k, v) for k, v in {'a': 1}.items()]
flat = [x for (x, y) in [(1, 2)]]
star = [rest for first, *rest in [(1, 2, 3)]]
nested = {a: b for (a, (b, c)) in [(1, (2, 3))]}
class O:
    pass
o = O()
o.a, o.b = 1, 2
lst = [0, 0, 0]
lst[0], lst[1:] = 1, [2, 3]
o.x, (lst[0], *o.rest) = 1, (2, 3, 4)
with open(__file__) as (f):
    pass
with open(__file__) as o.f:
    pass
with open(__file__) as lst[0]:
    pass
with open(__file__) as [a, *b]:
    pass
x = [y := 1, y ** 2]
print(a, b, c, d, x, y, pairs, flat, star, nested, o.a, lst)
