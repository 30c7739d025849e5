for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (3, -3, 1, -1, 5):
        print(a, b, a // b, a % b, divmod(a, b))
for a, b in ((7, 3), (-7, 3), (7, -3), (-7, -3)):
    q, r = divmod(a, b)
    print(a, b, q * b + r == a, abs(r) < abs(b), (r == 0) or ((r < 0) == (b < 0)))
