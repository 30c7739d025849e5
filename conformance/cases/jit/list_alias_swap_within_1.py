# expect: jit
# swapping two items of one list (a[i], a[j] = a[j], a[i]) in a hot loop
def run(n):
    a = list(range(9))
    for i in range(n):
        j = i % 9
        k = (i * 7 + 2) % 9
        a[j], a[k] = a[k], a[j]
    return a

a = run(6011)
print(a)
print(sorted(a) == list(range(9)))
print(a.index(0), a[-1])
