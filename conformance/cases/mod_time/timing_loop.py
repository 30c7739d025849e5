import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
start = time.perf_counter()
total = sum(i * i for i in range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, isinstance(elapsed, float))
ns0 = time.perf_counter_ns()
time.sleep(0.005)
print(time.perf_counter_ns() - ns0 >= 5_000_000)
