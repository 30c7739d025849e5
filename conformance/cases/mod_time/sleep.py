import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t1 = time.perf_counter()
time.sleep(0.01)
t2 = time.perf_counter()
print(t2 - t1 >= 0.01)
m1 = time.monotonic()
time.sleep(0.02)
print(time.monotonic() - m1 >= 0.02)
print(time.sleep(0), time.sleep(0.0), time.sleep(False))
