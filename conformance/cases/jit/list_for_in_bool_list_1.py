# expect: jit
# for f in flags over a bool list while the body flips flags[i] of later slots
def run(flags):
    i = 0
    c = 0
    for f in flags:
        if f:
            c += 1
            j = i + 3
            if j < len(flags):
                flags[j] = not flags[j]
        i += 1
    return c, flags[:12], sum(flags)

print(run([True, False, False] * 2000))
