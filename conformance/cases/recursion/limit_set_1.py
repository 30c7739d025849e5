# raising and lowering the recursion limit
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(300)
print(sys.getrecursionlimit())
try:
    depth(500)
except RecursionError as e:
    print("RecursionError with limit 300:", e)
print(depth(200))
sys.setrecursionlimit(5000)
print(sys.getrecursionlimit(), depth(4000))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit("100")
except TypeError as e:
    print("TypeError:", e)
def lower_deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(3)
        except RecursionError as e:
            return str(e).startswith("cannot set the recursion limit to 3")
    return lower_deep(n - 1)
print(lower_deep(20), sys.getrecursionlimit())
