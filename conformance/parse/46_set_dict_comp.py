# Set and dict comprehensions and displays.
a = {x for x in range(5)}
b = {x % 3 for x in range(10) if x}
c = {x: x * x for x in range(5)}
d = {k: v for k, v in [('a', 1), ('b', 2)]}
e = {v: k for k, v in d.items() if v > 1}
f = {(x, y): x + y for x in range(2) for y in range(2)}
g = {x: {y for y in range(x)} for x in range(3)}
h = {str(x): [x] * x for x in range(3)}
i = {x if x else 0: x for x in range(3)}
j = {**{'a': 1}, **{'b': 2}}
k = {'x': 1, **j, 'y': 2}
l = {1, 2, 3}
m = {1}
n = {*[1, 2], *{3}}
o = {}
p = {'key': 'value',}
q = {1: 'a', 2: 'b', 1: 'c'}
r = {(1, 2): [3], None: ..., True: False}
s = {x for x in [1, 2] for x in [x, x]}
t = {lambda: 1: 2} if False else {}
u = {k: v for k, v in zip('ab', 'cd') if k != 'x' if v}
async def ac():
    return {x async for x in src()}, {k: v async for k, v in src()}
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u)
