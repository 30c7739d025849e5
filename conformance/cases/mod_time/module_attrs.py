import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
names = ["time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns", "process_time", "sleep"]
print(all(callable(getattr(time, n)) for n in names))
from time import perf_counter, sleep
print(perf_counter() > 0 or perf_counter() <= 0)
print(time.__name__)
