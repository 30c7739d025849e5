# float floor division and float modulo by zero: caught, then escaping
def run(n):
    s = 0.0
    errs = []
    for i in range(n):
        b = (i % 4000) * 0.5
        try:
            s += 10.0 // b
            s += 10.0 % b
        except ZeroDivisionError as e:
            errs.append(str(e))
    return s, errs

print(run(12000))
def esc(n):
    s = 0.0
    for i in range(1, n):
        s += 3.0 % (5000 - i)
    return s
print(esc(4000))
print(esc(12000))
