r = range(10, 0, -2)
print(list(r), r[0], r[1], r[-1], r[-5], r[4])
try:
    r[5]
except IndexError as e:
    print("IndexError:", e)
try:
    r[-6]
except IndexError as e:
    print("IndexError:", e)
print(r.index(6), r.count(6), r.count(7), r.index(10))
try:
    r.index(7)
except ValueError as e:
    print("ValueError:", e)
big = range(0, 10 ** 30, 7)
print(big[10 ** 20], big[-1], big.index(7 * 10 ** 20), big[-1] % 7)
s = range(-5, 5)
print(s[5], s[-1], s[0], s.index(-5), s.index(4))
try:
    r["0"]
except TypeError as e:
    print("TypeError:", e)
