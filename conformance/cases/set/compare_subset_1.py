a = {1, 2}
b = {1, 2, 3}
c = {4}
print(a < b, a <= b, b > a, b >= a, a > b, a < a, a <= a)
print(a < c, a > c, a <= c, a >= c, a == c)
print(sorted([{1, 2, 3}, {1}, {2}, {1, 2}], key=len))
print(set() < {0}, set() <= set(), frozenset({1}) < {1, 2}, {1} <= frozenset({1}))
try:
    a < [1, 2, 3]
except TypeError as e:
    print("TypeError:", e)
try:
    a <= (1, 2)
except TypeError as e:
    print("TypeError:", e)
print(a == [1, 2], a != (1, 2))
print(max([{1}, {1, 2}], key=len), min({5}, {6}))
