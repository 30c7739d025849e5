# unbounded recursion raises RecursionError, which can be caught and recovered from
import sys
print(sys.getrecursionlimit())
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__ + ":", e)
    print(isinstance(e, RuntimeError))
def reached(n):
    try:
        return reached(n + 1)
    except RecursionError:
        return n
d = reached(0)
print(900 < d < 1000)
for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("attempt", attempt, "caught")
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(800))
