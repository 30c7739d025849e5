def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
q = deque()
for i in range(1000):
    q.append(i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1])
s = 0
while q:
    s += q.pop() if len(q) % 2 else q.popleft()
print(s, q)
w = deque(maxlen=3)
for i in range(10):
    w.append(i)
    print(list(w), sum(w))
