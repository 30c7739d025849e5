# expect: jit
# for i, x in enumerate over an int list: weighted sum, then the counts from start values
def weighted(a, start):
    s = 0
    for i, x in enumerate(a, start):
        s += i * x
    return s

a = list(range(-50, 3000))
print(weighted(a, 0), weighted(a, 7), weighted(a, -100))
print(weighted([], 5), weighted([9], 2**52 - 1))
