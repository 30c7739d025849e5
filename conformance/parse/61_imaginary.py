# Imaginary literals parse to complex constants.
a = 0j
b = 1j
c = 2J
d = 1.5j
e = 1e3j
f = 1e+20j
g = 1e-5j
h = .5j
i = 1_0j
j = 10.j
k = 1e400j
l = 0.0j
m = 3 + 4j
n = 3 - 4j
o = -1j
p = 1j * 1j
q = 123456789012345678901234567890j
r = 00j
s = 0e0j
t = 1.0e10J
u = 5j.imag
v = [1j, 2j]
w = abs(3 + 4j)
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w)
