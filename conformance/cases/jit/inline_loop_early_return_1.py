# expect: jit
# the callee's loop returns from inside (a search), or runs out and returns after it
def find(a, x):
    for i in range(len(a)):
        if a[i] == x:
            return i
    return -1

def f(n):
    a = [7, 3, 9, 1, 4, 8, 2]
    s = 0
    for k in range(n):
        s += find(a, k % 10)
    return s

print(f(8000))
