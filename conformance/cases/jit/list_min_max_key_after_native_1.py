# expect: jit
# max with key= and min over a bool list and a float list written natively
def run(n):
    flags = [False] * 6
    w = [0.0] * 6
    for i in range(n):
        flags[i % 6] = (i % 4) == 1
        w[i % 6] = (i % 11) * 0.3
    return flags, w

flags, w = run(6000)
print(flags, w)
print(max(range(6), key=lambda k: w[k]), min(w), max(flags), min(flags))
print(sorted(flags), sum(w))
