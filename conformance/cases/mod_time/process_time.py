import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
a = time.process_time()
s = 0
for i in range(20000):
    s += i
b = time.process_time()
print(type(a).__name__, b >= a, a >= 0)
t(lambda: time.process_time(1))
