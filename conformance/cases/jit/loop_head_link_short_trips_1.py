# expect: jit
# three inner loops of a few trips each (zero too) inside an outer loop
def f(n):
    a = [0] * 8
    total = 0
    for r in range(n):
        k = r % 5
        while k > 0:
            a[k] += 1
            k -= 1
        j = 0
        while j < r % 3:
            total += a[j]
            j += 1
        m = r % 4
        while m:
            total -= m
            m -= 1
    return total, a

print(f(12000))
