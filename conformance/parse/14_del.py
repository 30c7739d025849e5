# del of names, attributes, subscripts, slices, and tuples of them.
class O:
    pass
o = O()
o.a = o.b = o.c = 1
lst = list(range(10))
d = {'a': 1, 'b': 2, 'c': 3}
x = y = z = 0
del x
del y, z
x = y = 1
del (x)
del (x, y), o.a
x = y = 1
del [x, y]
del o.b
del lst[0]
del lst[1:3]
del lst[::2]
del lst[-1], d['a']
del d['b'], (o.c)
x = y = z = 1
del x, (y, [z])
a = [1, 2]
del a[0],
del (a)
b = c = 1
del (b, c),
e = {1: [1, 2]}
del e[1][0]
f = O()
f.g = O()
f.g.h = 1
del f.g.h
del f.g
def func():
    local = 1
    del local
    global gname
    gname = 1
    del gname
func()
print(o.__dict__, lst, d, e)
