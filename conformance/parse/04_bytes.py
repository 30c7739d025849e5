# Bytes literals and their escapes.
a = b''
b = b'abc'
c = b"double"
d = b'\x00\x01\xff'
e = b'\n\t\r\\'
f = b'\''
g = b"\""
h = b"it's"
i = b'say "hi"'
j = b'both \' and "'
k = b'\101\102\103'
l = b'\777'
m = b'\u1234 stays'
n = b'\N{stays}'
o = b'\d invalid escape'
p = br'\x00 raw'
q = rb'\n raw'
r = b'''triple
bytes'''
s = b"""triple double"""
t = b'con' b'cat'
u = (b'multi'
     b'line')
v = b'\x7f\x80'
w = b' ~'
x = b'\a\b\f\v'
y = b'line \
continued'
z = bytes(3) + b'z'
aa = b'%d' % 5
bb = b'a'[0]
cc = b'abc'[1:]
dd = [b'x', b'y']
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
print(p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc, dd)
