# expect: jit
# for x in a over floats while the body overwrites already-visited slots
def run(a):
    i = 0
    s = 0.0
    for x in a:
        s += x
        a[i // 2] = x * 0.5
        i += 1
    return repr(s), a[:4], a[-2:]

print(run([0.1 * k for k in range(6000)]))
