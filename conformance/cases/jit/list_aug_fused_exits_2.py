# expect: jit
# a[i] op= v with a variable index over int, float and bool lists; an int passes 2**53
def run(n):
    ints = [1, 2, 3, 4]
    floats = [0.5, 1.5, 2.5]
    flags = [False, True, False]
    for i in range(n):
        ints[i % 4] += i
        floats[i % 3] *= 1.0001
        flags[i % 3] ^= True
        if i == 2000:
            ints[3] = 2 ** 53 - 10
        ints[3] += 1
    return ints, [round(f, 6) for f in floats], flags

print(run(3500))
