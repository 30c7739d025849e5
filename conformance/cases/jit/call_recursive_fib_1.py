# expect: jit
# a small recursive fib called inside a hot loop
def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)

def run(n):
    s = 0
    for i in range(n):
        s += fib(i % 8)
    return s

print(run(12000))
print(fib(20))
