def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
def moving_average(seq, n=3):
    it = iter(seq)
    w = deque(maxlen=n)
    out = []
    for x in it:
        w.append(x)
        if len(w) == n:
            out.append(sum(w) / n)
    return out
print(moving_average([40, 30, 50, 46, 39, 44]))
def tail(seq, n):
    return deque(seq, maxlen=n)
print(tail(range(100), 4), list(tail('abc', 10)))
def roundrobin(*its):
    q = deque(iter(i) for i in its)
    res = []
    while q:
        it = q.popleft()
        try:
            res.append(next(it))
        except StopIteration:
            continue
        q.append(it)
    return res
print(roundrobin('ABC', 'D', 'EF'))
