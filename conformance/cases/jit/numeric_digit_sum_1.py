# expect: jit
# digit sums and digit reversal with // and %
def digit_sum(k):
    s = 0
    while k > 0:
        s += k % 10
        k //= 10
    return s

def reverse(k):
    r = 0
    while k > 0:
        r = r * 10 + k % 10
        k //= 10
    return r

def run(n):
    a = 0
    pal = 0
    for i in range(n):
        a += digit_sum(i)
        if reverse(i) == i:
            pal += 1
    return a, pal

print(run(12000))
print(reverse(12345678901234567890), digit_sum(2 ** 100))
