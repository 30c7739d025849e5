# String literals: quotes, prefixes, triple quotes.
a = 'single'
b = "double"
c = 'it\'s'
d = "say \"hi\""
e = "it's"
f = 'say "hi"'
g = 'both \' and "'
h = ''
i = ""
j = '''triple
single'''
k = """triple
double with 'quotes' and "quotes"
"""
l = r'raw \n string'
m = R"raw \d+"
n = u'unicode'
o = U"unicode upper"
p = rb'raw bytes \x00'
q = Br'raw bytes'
r = bR"x"
s = RB'y'
t = r'\''
u = r"\""
v = '''a 'b' ''c'' "d"'''
w = """\"\"\" inside"""
x = 'tab\there'
y = "newline\nhere"
z = 'é ü ñ 中文 😀'
aa = '\u00e9\U0001F600\x41\101\0'
bb = 'line \
continued'
cc = '''first
    second
\tthird'''
dd = """ends with quote\""""
ee = 'a' 'b'
ff = 'a' "b" '''c''' """d"""
gg = ('multi'
      'line'
      'concat')
hh = 'x' r'\y'
ii = u'a' 'b'
jj = 'a' u'b'
kk = '\a\b\f\n\r\t\v\\'
ll = '\
'
mm = 'null\0byte'
nn = '\7\77\377'
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o)
print(p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc, dd)
print(ee, ff, gg, hh, ii, jj, kk, ll, mm, nn)
