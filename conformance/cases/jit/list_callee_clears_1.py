# expect: jit
# a helper clears the list mid-loop; the loop guards with len(a)
def wipe(a):
    a.clear()

def run(n):
    a = [3] * 10
    s = 0
    for i in range(n):
        if len(a) > 0:
            s += a[i % len(a)]
        else:
            s -= 1
        if i == 5500:
            wipe(a)
    return s, a

print(run(9000))
