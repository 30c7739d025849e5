import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
print(math.floor(2**100 + 0.0), math.ceil(-2**100 + 0.0))
print(math.floor(1e22), math.trunc(-1e22))
print(math.isqrt(10**100) == 10**50)
print(math.comb(100, 50) == math.factorial(100) // (math.factorial(50) ** 2))
print(math.perm(30, 10) == math.factorial(30) // math.factorial(20))
print(math.gcd(*[2**i * 3**(10 - i) for i in range(11)]))
print(math.lcm(*range(1, 30)))
print(math.prod(range(1, 50)) == math.factorial(49))
print(math.log(2**1024 * 3), math.log2(2**2000), math.log10(10**350))
print(math.log(10**500, 10**250))
