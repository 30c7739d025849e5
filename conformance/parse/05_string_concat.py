# Implicit concatenation mixing plain strings and f-strings.
x = 1
y = 2
a = "a" "b"
b = "a" f"{x}"
c = f"{x}" "a"
d = "a" f"{x}" "b" f"{y}" "c"
e = f"{x}" f"{y}"
f = "" f""
g = f"" ""
h = "" f"{x}" ""
i = f"a" "b" f"c"
j = ("first "
     f"{x} "
     "second "
     f"{y:>3}")
k = u"kind" "rest"
l = u"kind" f"{x}"
m = "no kind" u"second"
n = "x" 'y' """z"""
o = (
    "one"
    "two"
    "three"
)
p = f"{x}" "{not a field}"
q = "{also not}" f"{x}"
r = f"{x!r}" "=" f"{y=}"
s = "tab\t" f"\t{x}\t" r"\t"
t = rf"{x}\n" "\n"
u = f"{x:{y}}" "tail"
v = "a" "" "b"
w = f"" f"" f""
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w)
