# expect: jit
# a function with a loop that calls itself (never inlined into itself), called from a loop
def tri(n):
    if n <= 1:
        return n
    t = 0
    i = 0
    while i < n:
        t += i
        i += 1
    return t + tri(n // 2)

def f(n):
    s = 0
    for i in range(n):
        s += tri(i % 9)
    return s

print(f(9000))
