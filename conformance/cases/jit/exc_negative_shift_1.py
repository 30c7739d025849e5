# a negative shift count raises ValueError: caught, then escaping
def run(n):
    s = 0
    errs = 0
    for i in range(n):
        k = i % 40 - 3
        try:
            s += (i << k) & 1023
            s += i >> k
        except ValueError as e:
            errs += 1
            msg = str(e)
    return s, errs, msg

print(run(12000))
def esc(n):
    s = 0
    for i in range(n):
        s += 1 << (9000 - i) % 64 - (i == 9000)
    return s
print(esc(9000))
print(esc(12000))
