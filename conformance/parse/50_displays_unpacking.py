# Unpacking in list, tuple, set and dict displays.
a = [1, 2]
b = (3, 4)
c = {5}
d = {'k': 1}
r1 = [*a]
r2 = [*a, *b, *c]
r3 = [0, *a, 5, *b]
r4 = (*a,)
r5 = (*a, *b)
r6 = *a, *b
r7 = {*a, *b}
r8 = {0, *a}
r9 = {**d}
r10 = {**d, 'x': 2, **{'y': 3}}
r11 = {'x': 0, **d}
r12 = [*range(3), *"ab"]
r13 = [*(x for x in range(2))]
r14 = (*[], *())
r15 = [*[*[*a]]]
r16 = {**{**d}}
r17 = [*a] + [*b]
r18 = print(*r1, *r2)
r19 = dict(**d, z=1)
r20 = [*a, *b][1:]
x, *y = *a, *b
for item in *a, *b:
    pass
def ret():
    return *a, *b
def yl():
    yield *a, *b
print(r1, r2, r3, r4, r5, r6, r7, r8, r9, r10, r11, r12, r13, r14, r15, r16, r17, r19, r20, x, y, ret(), list(yl()))
