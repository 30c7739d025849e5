# expect: jit
# a constant index past the end once the list shrinks: IndexError where CPython raises it
def f(n):
    a = [5, 6, 7, 8]
    s = 0
    try:
        for i in range(n):
            s += a[3] + a[-4]
            if i == n - 10:
                a.pop()
    except IndexError as e:
        return s, len(a), str(e)

def g(n):
    a = [5, 6, 7, 8]
    s = 0
    try:
        for i in range(n):
            s += a[-4]
            if i == n - 10:
                a.pop()
    except IndexError as e:
        return s, len(a), str(e)

print(f(9000))
print(g(9000))
