# expect: jit
# an if/elif/else chain where the taken arm cycles with a period of 7
def run(n):
    s = 0
    t = 0
    for i in range(n):
        r = i % 7
        if r == 0:
            s += 1
        elif r == 1 or r == 2:
            s += 3
        elif r < 5:
            t += r
        elif r == 5:
            s -= 2
            t += 1
        else:
            t -= 3
    return s, t

print(run(14000))
print(run(15))
