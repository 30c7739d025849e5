# expect: jit
# while i >= 0 with i -= 1 over a list, writing a[i] = a[i] * 2 - a[-1]
def run(a):
    i = len(a) - 1
    while i >= 0:
        a[i] = (a[i] * 2 - a[-1]) % 10007
        i -= 1
    return a[:4], a[-4:]

print(run(list(range(6000))))
