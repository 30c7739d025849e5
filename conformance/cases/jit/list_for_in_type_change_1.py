# expect: jit
# for x in a over an int list while the body stores a float at one slot ahead
def run(a):
    i = 0
    s = 0
    for x in a:
        s += x
        if i == 5000:
            a[i + 10] = 0.5
        i += 1
    return s, a[5010]

print(run([2] * 7000))
