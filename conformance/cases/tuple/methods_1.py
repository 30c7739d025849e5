t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(5), t.count(1.0), t.count(True))
print(t.index(2), t.index(2, 2), t.index(2, 4), t.index(1, -2), t.index(3, 0, 3))
for args in ((5,), (3, 3), (1, 1, 4)):
    try:
        t.index(*args)
    except ValueError as e:
        print("ValueError:", e)
print(((1, 2), [3]).index([3]), ((1, 2), [3]).count((1, 2)))
try:
    t.append(4)
except AttributeError as e:
    print("AttributeError:", e)
