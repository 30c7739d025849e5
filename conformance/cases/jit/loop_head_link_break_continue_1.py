# expect: jit
# inner loops left by break and continued by continue, inside an outer while
def f(n):
    r = 0
    s = 0
    while r < n:
        i = 0
        while True:
            i += 1
            if i % 3 == 0:
                continue
            if i > r % 6:
                break
            s += i
        j = r % 4
        while j > 0:
            j -= 1
            if j == 1:
                continue
            s += j * 2
        r += 1
    return s, r

print(f(15000))
