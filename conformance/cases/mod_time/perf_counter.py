import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
a = time.perf_counter()
b = time.perf_counter()
print(type(a).__name__, b >= a)
x = time.perf_counter_ns()
y = time.perf_counter_ns()
print(type(x).__name__, y >= x)
print(abs(time.perf_counter() - time.perf_counter_ns() / 1e9) < 1)
t(lambda: time.perf_counter(1))
