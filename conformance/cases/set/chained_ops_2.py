a = {1, 2, 3}
b = {2, 3, 4}
c = {3, 4, 5}
print(a | b | c, a & b & c, a - b - c, a ^ b ^ c)
print((a | b) & c, a | (b & c), a - (b - c), (a - b) | (c - b))
print(a & b | c, a | b & c, a ^ b & c)
print(a.union(b).intersection(c), a.union(b, c).difference(a))
x = set()
for s in (a, b, c):
    x |= s
print(x, x == a | b | c)
print(len(a | b), len(a & b), a <= a | b, a & b <= a)
