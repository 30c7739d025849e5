# expect: jit
# an int list receives True at one iteration; sums and type checks afterwards
def run(n):
    a = [2, 4, 6]
    s = 0
    for i in range(n):
        j = i % 3
        if i == 5000:
            a[j] = True
        s += a[j]
    return s, a, a[2] is True

print(run(8000))
