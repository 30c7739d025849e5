# expect: jit
# float // is not floor(a / b): 1.0 // 0.1 == 9.0
def run(b, n):
    s = 0.0
    c = 0
    for i in range(n):
        a = (i % 100) * 0.1
        q = a // b
        s += q
        if q * b > a:
            c += 1
    return s, c

print(run(0.1, 12000))
print(run(-0.1, 12000))
print(run(0.3, 12000))
print(1.0 // 0.1, 1.0 / 0.1, -1.0 // 0.1, 0.3 // 0.1, -7.5 // 2, 7.5 // -2, repr(-0.0 // 1.0), repr(0.5 // -1.0))
