# COMPARE_OP specialized on str, then ints, then mixed -> TypeError caught
words = ["apple", "banana", "cherry", "date"]
n = 0
for i in range(180):
    if i < 70:
        a, b = words[i % 4], words[(i + 1) % 4]
    elif i < 140:
        a, b = i, 100
    else:
        a, b = (str(i) if i % 2 else i), 150
    try:
        r = a < b
        e = a == b
    except TypeError as ex:
        r = "TypeError"
        e = str(ex)
    if r is True:
        n += 1
    if i % 14 == 0 or i >= 140 and i % 5 == 0:
        print(i, repr(a), repr(b), r, e)
print(n)
