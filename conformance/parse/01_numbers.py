# Integer literals in every base, with underscores.
a = 0
b = 00
c = 0_0
d = 123
e = 1_000_000
f = 0x1F
g = 0XdeadBEEF
h = 0x_ff_ff
i = 0o17
j = 0O7_7
k = 0b1010
l = 0B_1111_0000
m = 123456789012345678901234567890
n = 0xFFFFFFFFFFFFFFFFFFFFFFFF
# Floats.
p = 1.0
q = 1.
r = .5
s = 1e10
t = 1E-10
u = 1.5e+3
v = 1_000.000_1
w = 0.0001
x = 0.00001
y = 1e16
z = 1e15
aa = 123456789.123456789
bb = 1e308
cc = 1e400
dd = 5e-324
ee = 2.5e-320
ff = 0e0
gg = 00.5
hh = 0_1.5
ii = 9007199254740993.0
jj = 0.1 + 0.2
kk = 1e22
ll = 1e21
mm = 123e-7
# Negative numbers are unary minus applied to a literal.
nn = -1
oo = -1.5
pp = - 0x10
qq = +7
rr = --3
# Numbers next to keywords and attributes.
ss = 1 if d else 2
tt = [x for x in range(3) if x]
uu = 1 .real
vv = 1.0.real
ww = 0x10.bit_length()
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n)
print(p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc, dd, ee, ff, gg, hh, ii, jj, kk, ll, mm)
print(nn, oo, pp, qq, rr, ss, tt, uu, vv, ww)
