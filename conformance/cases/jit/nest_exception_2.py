# expect: jit
# an IndexError from the inner loop ends the whole nest; the loop variables are read after it
def run(a, n):
    s = 0
    i = j = -1
    try:
        for i in range(n):
            for j in range(i % 40):
                s += a[i + j]
    except IndexError as e:
        return "index", str(e), i, j, s
    return "done", i, j, s

a = list(range(10000))
print(run(a, 3000))
print(run(a, 10000))
print(run(a[:5000], 6000))
