# expect: jit
# storing to a[-11] of a 10-item float list, caught inside the loop
def run(n):
    a = [0.0] * 10
    errs = 0
    for i in range(n):
        j = -(i % 11) - 1
        try:
            a[j] += 0.5
        except IndexError as e:
            errs += 1
            last = str(e)
    return a, errs, last

print(run(6600))
