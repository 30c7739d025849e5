# expect: jit
# every iteration stores i / 4 (a float) into an int list: 1.0 must print as 1.0
def run(n):
    a = [0, 1, 2, 3]
    for i in range(n):
        a[i % 4] = i / 4
    return a

a = run(6000)
print(a)
print([type(x).__name__ for x in a])
print(run(6004), repr(sum(run(6001))))
