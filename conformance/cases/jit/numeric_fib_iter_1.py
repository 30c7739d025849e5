# expect: jit
# iterative fibonacci with and without a modulus (the latter becomes big)
def fib_mod(n, m):
    a = 0
    b = 1
    for i in range(n):
        t = (a + b) % m
        a = b
        b = t
    return a

def fib(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a

print(fib_mod(20000, 1000000007), fib_mod(20000, 10))
print(fib(92), fib(93), fib(300))
f = fib(12000)
print(f % 1000000007, f.bit_length())
