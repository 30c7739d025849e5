# expect: jit
# a bool list where every item is flipped to 0/1 ints, then summed
def run(n):
    flags = [False] * 10
    for i in range(n):
        j = i % 10
        if i < 6000:
            flags[j] = not flags[j]
        else:
            flags[j] = i % 2
    return flags, sum(flags), flags.count(True), flags.count(1)

print(run(6010))
print(run(6005))
