import time
def t(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__ + ":", e)
    else:
        print(repr(r))
t(lambda: time.sleep(-1))
t(lambda: time.sleep(-0.5))
t(lambda: time.sleep("1"))
t(lambda: time.sleep(None))
t(lambda: time.sleep())
t(lambda: time.sleep(1, 2))
t(lambda: time.sleep(float("nan")))
t(lambda: time.sleep(secs=1))
