# COMPARE_OP specialized on ints, then int vs float, float vs float, big ints
import math
results = []
for i in range(220):
    if i < 60:
        a, b = i, 30
    elif i < 120:
        a, b = i, 90.5
    elif i < 170:
        a, b = i * 0.5, 60
    else:
        a, b = 2 ** 60 + i, float(2 ** 60)
    r = (a < b, a <= b, a == b, a != b, a > b, a >= b)
    results.append(r)
    if i % 15 == 0 or i in (59, 60, 119, 120, 169, 170):
        print(i, a, b, r)
print(sum(r[0] for r in results), sum(r[2] for r in results))
print(2 ** 53 + 1 == float(2 ** 53 + 1), 2 ** 53 + 1 > float(2 ** 53), float(2**53) == 2**53)
