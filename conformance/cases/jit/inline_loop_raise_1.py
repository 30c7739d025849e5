# expect: jit
# the callee's loop divides by zero at last: the traceback goes through both frames
def ratio(a, d):
    t = 0
    i = 0
    while i < len(a):
        t += a[i] // d
        i += 1
    return t

def f(n):
    a = [10, 20, 30]
    s = 0
    for k in range(n):
        s += ratio(a, 3 - k // 3000)
    return s

try:
    print(f(12000))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
