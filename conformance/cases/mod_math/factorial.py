import math
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: math.factorial(0))
t(lambda: math.factorial(1))
t(lambda: math.factorial(5))
t(lambda: math.factorial(20))
t(lambda: math.factorial(21))
t(lambda: math.factorial(30))
t(lambda: math.factorial(True))
t(lambda: math.factorial(-1))
t(lambda: math.factorial(-10**30))
t(lambda: math.factorial(10**30))
t(lambda: math.factorial(5.0))
t(lambda: math.factorial("5"))
t(lambda: math.factorial(None))
print(math.factorial(100))
print(len(str(math.factorial(1000))))
print(math.factorial(500) % (10**9 + 7))
