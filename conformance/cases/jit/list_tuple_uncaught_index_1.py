# expect: jit
# a negative index past the front of a float tuple escapes uncaught
def run(t, n):
    s = 0.0
    for i in range(n):
        s += t[-(i % len(t)) - 1]
    print(repr(s))
    return t[-len(t) - 1]

run((0.5, 1.5, 2.25), 6000)
