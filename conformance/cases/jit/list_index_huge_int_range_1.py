# expect: jit
# indices near the int64 limits: 2**62, 2**63 - 1, -2**63 in reads of a bool list
def run(n, big):
    flags = [True, False, True]
    c = 0
    for i in range(n):
        k = i % 3
        if i == n - 1:
            k = big
        try:
            if flags[k]:
                c += 1
        except IndexError as e:
            print("IndexError", e)
    return c

for big in (2 ** 62, 2 ** 63 - 1, -2 ** 63, -(2 ** 53), 2 ** 53):
    print(run(6000, big))
