# expect: jit
# an index one past a copy's end raises IndexError where CPython does, the copy in place
def f(n):
    a = [1, 2, 3]
    s = 0
    c = None
    try:
        for i in range(n):
            c = a[:]
            s += c[i // 2000]
    except IndexError as e:
        return s, c, str(e)

print(f(9000))
