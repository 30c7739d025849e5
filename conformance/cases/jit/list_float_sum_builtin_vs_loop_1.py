# expect: jit
# sum(a) (CPython's compensated float sum) vs a native left-to-right loop
def loop_sum(a):
    s = 0.0
    for i in range(len(a)):
        s += a[i]
    return s

a = [0.1] * 6000 + [1e20, 1.0, -1e20]
print(repr(loop_sum(a)))
print(repr(sum(a)))
print(repr(loop_sum(a[::-1])))
