a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a | set(), a & set(), set() - a, a ^ a)
print(a <= b, a <= a, a < a, {1, 2} < a, a >= {1}, a > a, {1} > set(), set() <= set())
print(a == {4, 3, 2, 1}, a != b, a == frozenset(a), set() == frozenset())
print(1 in a, 5 in a, 5 not in a, len(a), len(set()), bool(set()), bool({0}))
c = {1, 2}
c |= {3}
print(c)
c &= {2, 3, 4}
print(c)
c -= {2}
print(c)
c ^= {3, 7}
print(c)
try:
    a + b
except TypeError as e:
    print("TypeError:", e)
try:
    a | [1]
except TypeError as e:
    print("TypeError:", e)
