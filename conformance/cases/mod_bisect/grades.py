def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
def grade(score, breakpoints=[60, 70, 80, 90], grades='FDCBA'):
    i = bisect.bisect(breakpoints, score)
    return grades[i]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
data = [1, 3, 3, 3, 8]
def index(a, x):
    i = bisect.bisect_left(a, x)
    if i != len(a) and a[i] == x:
        return i
    raise ValueError
print(index(data, 3), bisect.bisect_right(data, 3) - bisect.bisect_left(data, 3))
