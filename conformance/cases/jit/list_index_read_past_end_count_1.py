# expect: jit
# a loop that reads one past the end: how many iterations ran before the IndexError
def run(a, n):
    done = 0
    try:
        for i in range(n):
            a[i] += 1
            done += 1
    except IndexError as e:
        print("IndexError", e)
    return done, a[-1], a[0]

a = [0] * 6000
print(run(a, 6000))
print(run(a, 6005))
print(run(a, 12000))
