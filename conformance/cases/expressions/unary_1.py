# stacked unary operators
print(- - 1, - - - 1, + - + 1, -+-+-1)
print(~0, ~~0, ~-1, -~1, ~-~-0)
print(not not 0, not not "x", not not not [])
print(2 ** -~1, -2 ** -1, (-2) ** -1)
print(--5, ++5, -(-(5)))
x = 7
print(-x, +x, ~x, not x, -(-x), ~~x)
print(-0, -0.0, +0.0, -(0.0), abs(-0.0))
print(-True, +True, ~True, ~False, -False)
print(-(2 ** 64), ~(2 ** 64), -(-(2 ** 64)))
print(not 0 == 0, -1 < 0, ~1 < 0)
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "invert"
u = U()
print(-u, +u, ~u, not u)
