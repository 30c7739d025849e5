def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

from collections import deque
check(lambda: deque().pop())
check(lambda: deque().popleft())
d = deque([1])
check(lambda: d.pop(1))
check(lambda: d.append())
check(lambda: d.popleft())
check(lambda: d.popleft())
