# Keywords inside expressions: in, is, not, and, or, if, else, lambda, yield, await.
seq = [1, 2, 3]
a = 1 in seq
b = 4 not in seq
c = seq is not None
d = not seq
e = [x for x in seq if x not in (2,)]
f = {x: x for x in seq if x is not None}
g = (x for x in seq if not x)
h = lambda x: x in seq
i = [1 if x in seq else 0 for x in range(5)]
j = all(x is x for x in seq) and any(x in seq for x in seq) or None
k = sum(1 for x in seq if x in seq if x is not None)
l = seq if seq is not None and 1 in seq else []
m = None if not seq else seq[0] if seq else None
n = 1 if True else 2 if False else 3
o = [x for x in seq for y in seq if x is y]
p = (lambda: (yield))
q = True is not False in [True] == True
r = 0 or 1 and 2 in [2] if 3 else 4
s = not 1 in [] is not None
for x in seq if seq else []:
    pass
while not seq or 1 in seq:
    break
if not (a or b) and c:
    pass
elif a if b else c:
    pass
print(a, b, c, d, e, f, list(g), h(1), i, j, k, l, m, n, o, q, r, s)
