# expect: jit
# a local first bound inside the callee's loop is read after it (peeled first iteration)
def walk(n):
    k = 0
    while k < n:
        mid = k * 2.5
        k += 1
    return mid + k

def f(n):
    s = 0.0
    for i in range(n):
        s += walk(i % 5 + 1)
    return s

print(f(10000))
