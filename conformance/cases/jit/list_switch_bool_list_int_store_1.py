# expect: jit
# every iteration stores i % 2 (an int) into a bool list: items become 0/1 ints
def run(n):
    flags = [True, False, True]
    for i in range(n):
        flags[i % 3] = i % 2
    return flags

f = run(6000)
print(f)
print([type(x).__name__ for x in f], f.count(True), f.count(1))
print(f[0] is True, f == [1, 0, 1] or f == [0, 1, 0])
