# a hot function uses builtin len; module global len defined/deleted from outside
def measure(x):
    return len(x) * 2

for i in range(150):
    if i == 50:
        globals()["len"] = lambda x: -1
    if i == 100:
        del globals()["len"]
    r = measure("abc")
    if i % 25 == 0 or i in (49, 50, 51, 99, 100, 101):
        print(i, r)
