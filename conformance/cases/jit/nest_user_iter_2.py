# expect: jit
# a user iterator exhausted by the inner loop in the first outer round stays exhausted after
def run(a, n):
    it = iter(a)
    s = 0
    empty_rounds = 0
    for i in range(n):
        got = 0
        for x in it:
            s += x * 2
            got += 1
        if got == 0:
            empty_rounds += 1
    return s, empty_rounds, next(it, "end")

print(run(list(range(7000)), 30))
print(run(tuple(range(7000)), 30))
print(run([1.5] * 7000, 3))
r = iter(range(8000))
print(run(r, 4), next(r, "end"))
