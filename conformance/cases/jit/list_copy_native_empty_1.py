# expect: jit
# copies of a one-item list, and of an int list popped empty
def f(n):
    one = [42]
    s = 0
    x = y = one
    for i in range(n):
        y = one[:]
        s += len(y) + y[0]
        y.pop()
        x = y[:]
        s += len(x)
    return s, x, y, one

print(f(9000))
