for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (3, -3, 1, -1, 5):
        print(a, b, a // b, a % b, divmod(a, b))
