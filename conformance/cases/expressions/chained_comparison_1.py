# chained comparisons evaluate each middle operand once and short-circuit
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 < 3 > 2)
print(1 == 1 == 1, 1 == 1 == 2, 1 != 2 != 1)
print(1 <= 1 < 2 <= 2, 5 > 4 >= 4 > 3)
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print("---")
print(v(3) < v(2) < v(1))
print("---")
print(v(1) == v(1) != v(2) < v(0))
x = 5
print(0 < x < 10, 0 < x < 5, x == 5 > 4)
print(1 < 2 > 0 < 5 > 4 < 6)
lo, hi = 10, 20
print([n for n in range(5, 25, 3) if lo <= n < hi])
print(0 <= 0.0 == -0.0 < 1e-300)
a = b = c = [1]
print(a is b is c, a == b is not None)
print("" < "a" < "aa" < "ab" < "b")
