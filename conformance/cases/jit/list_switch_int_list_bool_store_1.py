# expect: jit
# every iteration stores a comparison result into an int list: items become bools
def run(n):
    a = [0, 1, 2]
    for i in range(n):
        a[i % 3] = i % 2 == 0
    return a

a = run(6000)
print(a)
print([type(x).__name__ for x in a], sum(a))
print(a[0] is True, a[1] is False)
