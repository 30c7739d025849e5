# expect: jit
# factorials cross 2**63 at 21! in a hot inner loop run many times
def run(reps, top):
    s = 0
    bigs = 0
    f = 1
    for r in range(reps):
        f = 1
        for i in range(1, top):
            f *= i
            if f > 9223372036854775807:
                bigs += 1
        s += f % 1000007
    return s, bigs, f

print(run(500, 25))
print(run(600, 21))
print(run(600, 22))
