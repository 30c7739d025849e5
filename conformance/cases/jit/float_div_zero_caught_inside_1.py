# true division by zero caught inside the hot loop
def run(n):
    s = 0.0
    errs = 0
    for i in range(n):
        d = (i % 500) * 1.0
        try:
            s += 100.0 / d
        except ZeroDivisionError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg

print(run(12000))
def ints(n):
    s = 0.0
    errs = 0
    for i in range(n):
        try:
            s += i / (i % 700)
        except ZeroDivisionError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg
print(ints(12000))
