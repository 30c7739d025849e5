# f-strings with nested replacement fields, quotes and multi-line forms.
width, precision, value = 10, 3, 3.14159
fill = "*"
a = f"{value:{width}.{precision}f}"
b = f"{value:{fill}^{width}}"
c = f"{value!r:>{width}}"
d = f"{'nested ' + f'{value:.1f}'}"
g = f'{"a" if value else "b"}'
h = f"""{value
}"""
i = f"""
{value}
  {width:>{precision}}
"""
j = f'''{
    value
}'''
k = f"{value:{width}}" f"{precision:{width}}"
l = f"{[x for x in range(3)]!s:>{width}}"
m = f"{ {'a': value}['a'] :.2f}"
n = f"{value = :.2f}"
o = f"{width=}, {precision=!s}"
p = f"{(lambda: value)()}"
q = f"{(yield_ := 5)}"
r = f"{'}'}" "{}"
s = f"{'{'}"
t = f"{width:#x}{width:#o}{width:#b}"
u = f"{value:e}" + f"{value:%}"
v = f"{3.0:{'g'}}"
w = f"{'' if value else 'x'}"
x = f"{value:}{value!s:}"
y = f"{'abc'[1:]}" f"{'abc'[::-1]}"
z = f"{ value !r}"
aa = f"{width!r:{fill}<{width}}"
bb = (f"first {width} "
      f"second {precision}")
cc = f"{width:{width}}{width:{precision}}"
print(a, b, c, d, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa, bb, cc)
