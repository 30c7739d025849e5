import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
a = time.monotonic()
b = time.monotonic()
print(type(a).__name__, b >= a)
x = time.monotonic_ns()
y = time.monotonic_ns()
print(type(x).__name__, y >= x)
t(lambda: time.monotonic(None))
