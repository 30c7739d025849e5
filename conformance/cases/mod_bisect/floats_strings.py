def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

import bisect
a = [0.5, 1.0, 1.5, 2.0]
print(bisect.bisect_left(a, 1), bisect.bisect_right(a, 1), bisect.bisect(a, 1.25))
w = ['apple', 'banana', 'cherry']
bisect.insort(w, 'blueberry'); print(w)
print(bisect.bisect_left(w, 'c'), bisect.bisect_right(w, 'zzz'))
nums = []
for x in [3.5, -1, 2, 2.0, 0]:
    bisect.insort_left(nums, x)
print(nums)
