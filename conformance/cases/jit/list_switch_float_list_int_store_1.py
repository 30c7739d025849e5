# expect: jit
# every iteration stores an int (i) into a float list: the items must print as ints
def run(n):
    a = [0.5] * 4
    for i in range(n):
        a[i % 4] = i
    return a

a = run(6000)
print(a)
print([type(x).__name__ for x in a], sum(a))
a = run(6001)
print(a, a[0] == 6000, repr(a[0]))
