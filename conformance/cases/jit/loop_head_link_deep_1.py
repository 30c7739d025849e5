# expect: jit
# four nested while loops with short, changing trip counts
def f(n):
    s = 0
    a = 0
    while a < n:
        b = a % 3
        while b >= 0:
            c = (a + b) % 2
            while c >= 0:
                d = c
                while d > 0:
                    s += a ^ d
                    d -= 1
                s += c
                c -= 1
            b -= 1
        a += 1
    return s

print(f(6000))
