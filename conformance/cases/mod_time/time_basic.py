import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t1 = time.time()
t2 = time.time()
print(type(t1).__name__, t2 >= t1, t1 > 1.6e9)
n1 = time.time_ns()
print(type(n1).__name__, n1 > 1.6e18, abs(n1 / 1e9 - time.time()) < 5)
t(lambda: time.time(1))
