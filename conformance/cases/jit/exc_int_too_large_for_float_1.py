# a big int too large for a float meets a float in a hot loop
def run(n):
    s = 0.0
    errs = 0
    x = 1
    for i in range(n):
        x *= 3
        try:
            s += x * 1e-300
        except OverflowError as e:
            errs += 1
            msg = str(e)
            x = 1
    return s, errs, msg

print(run(12000))
def esc(n):
    x = 2 ** 1000
    s = 0.0
    for i in range(n):
        if i == 7000:
            x = x ** 2
        s += x / 3
    return s
print(esc(7000))
print(esc(12000))
