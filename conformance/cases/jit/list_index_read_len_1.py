# expect: jit
# reading a[len(a)] at the last iteration of a hot loop, caught inside the loop
def run(n):
    a = list(range(n))
    s = 0
    for i in range(n + 1):
        try:
            s += a[i]
        except IndexError as e:
            print("IndexError", e, i)
    return s

print(run(6000))
