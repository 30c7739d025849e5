# comparisons, membership and identity share one precedence level
x = [1, 2, 3]
print(2 in x == True)
print((2 in x) == True)
print(1 < 2 in [True, 2])
print(None is None is not False)
print(3 not in x is False, (3 not in x) is False)
print(1 + 1 in x, 1 + (1 in x))
print(x[0] < x[1] < x[2] == 3 != 4)
print(1 == 1.0 == True, x is not None)
print("a" < "b" < "c" > "a")
print(not 2 in x, not (2 in x))
print(2 not in x, 5 not in x)
print(1 < 2 == 2 > 1 >= 1 <= 1 != 0)
e1, e2 = [], []
print(e1 == e2 is not e1, 0 == 0 < 1 in (True,))
