# the first iterable of a generator expression is evaluated immediately
def source():
    print("source evaluated")
    return [1, 2]
g = (x for x in source())
print("generator created")
print(list(g))
try:
    g2 = (x for x in 42)
except TypeError as e:
    print("TypeError at creation:", e)
g3 = (1 / x for x in [1, 0])
print("no error yet")
try:
    print(list(g3))
except ZeroDivisionError as e:
    print("ZeroDivisionError when consumed:", e)
items = [1, 2, 3]
g4 = (x for x in items)
items = [10, 20]
print(list(g4))
lst = [1, 2]
g5 = (x for x in lst)
lst.append(3)
print(list(g5))
n = 2
g6 = (x * n for x in range(3))
n = 100
print(list(g6))
g7 = (y for y in range(3))
print(next(g7), next(g7), next(g7), next(g7, "exhausted"))
