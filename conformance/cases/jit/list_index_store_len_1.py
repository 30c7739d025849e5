# expect: jit
# storing to a[len(a)] at one iteration of a hot loop, caught inside the loop
def run(n):
    a = [0] * 10
    for i in range(n):
        j = i % 11
        try:
            a[j] = i
        except IndexError as e:
            if i < 30:
                print("IndexError", e, j)
    return a

print(run(6000))
