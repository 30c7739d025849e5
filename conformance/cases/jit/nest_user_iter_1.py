# expect: jit
# a user iterator shared across outer iterations: each inner loop takes a few items and breaks
def run(a, n):
    it = iter(a)
    s = 0
    rounds = 0
    for i in range(n):
        for x in it:
            s += x
            if x % 7 == 6:
                break
        rounds += 1
    return s, rounds, next(it, None), next(it, None)

a = list(range(9000))
print(run(a, 500))
print(run(a, 2000))
print(run((1, 2, 6, 3), 5))
