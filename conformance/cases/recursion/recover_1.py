# after a RecursionError the stack is unwound and finally blocks have run
import sys
cleanups = 0
def dive(n):
    global cleanups
    try:
        return dive(n + 1)
    finally:
        cleanups += 1
try:
    dive(0)
except RecursionError:
    print("caught at top level")
print(900 < cleanups <= 1000)
def safe_depth(n):
    return 0 if n == 0 else 1 + safe_depth(n - 1)
print(safe_depth(900))
results = []
def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        results.append("caught deep")
        return "recovered"
print(guarded(0), len(results) >= 1)
sys.setrecursionlimit(3000)
print(safe_depth(2500))
