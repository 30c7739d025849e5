# expect: jit
# a copy is emptied by pops, then one pop too many raises IndexError
def f(n):
    a = [1, 2, 3, 4]
    s = 0
    for i in range(n):
        c = a[:]
        while len(c) > 0:
            s += c.pop()
    return s

def g():
    a = [7, 8]
    s = 0
    for i in range(6000):
        c = a[:]
        s += c.pop()
        s += c.pop()
        if i == 5999:
            c.pop()
    return s

print(f(5000))
try:
    g()
except IndexError as e:
    print("IndexError:", e)
