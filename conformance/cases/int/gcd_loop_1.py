def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(fib(100), fib(200))
print(gcd(fib(120), fib(90)), fib(30))
print(gcd(2 ** 100, 6 ** 50), 2 ** 50)
print(gcd(-12, 18), gcd(12, -18), gcd(0, 5))
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10 ** 40), isqrt(2 * 10 ** 30))
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
print(fact(50))
print(fact(100) // fact(98))
