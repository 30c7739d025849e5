# expect: full-stderr
# uncaught NameError after a global used in a specialized LOAD_GLOBAL is deleted
rate = 2

def apply(x):
    return x * rate

s = 0
for i in range(100):
    if i == 60:
        print("sum so far", s)
        del rate
    s += apply(i)
