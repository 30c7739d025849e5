# expect: jit
# comparisons and arithmetic with both operands locals, and a[i] with the
# list and the index locals, at the loop's first instruction and inside it;
# the list changes strategy and shrinks under the loop
def run(n):
    a = list(range(50))
    i = 0
    t = 0
    lo = 0
    while i < n:
        k = i % 50
        if k < lo:
            t += 1
        n_ = len(a)
        if k < n_:
            t += a[k]
        if i == 2000:
            a[7] = 2.5
        if i == 3000:
            del a[40:]
            lo = 3
        i += 1
        if i == 3500:
            try:
                t += a[k + 10]
            except IndexError:
                t -= 1000
    return t


print(run(4000))
