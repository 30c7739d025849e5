def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
d = deque('abcde')
print(d[0], d[4], d[-1], d[-5])
d[1] = 'B'; d[-1] = 'E'; print(d)
check(lambda: d[5])
check(lambda: d[-6])
check(lambda: d[1:2])
check(lambda: d['a'])
def setbad():
    d[10] = 1
check(setbad)
def delbad():
    del d[10]
check(delbad)
