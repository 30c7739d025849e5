def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
a = deque([1, 2, 3]); b = deque([1, 2, 3]); c = deque([1, 2])
print(a == b, a != b, a == c, a < c, c < a, a <= b, a >= c, a > c)
print(a == [1, 2, 3], deque() == deque(), deque([1], maxlen=5) == deque([1]))
print(deque([1, 3]) > deque([1, 2, 9]))
print(a.__lt__([1]), a.__eq__((1, 2, 3)))
print(deque.__hash__)
print(2 in a, 9 in a, 9 not in a)
