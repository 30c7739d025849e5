# expect: jit
# enumerate over a bool list: counting the True items and summing their indices
def f(flags):
    n = 0
    s = 0
    for i, b in enumerate(flags):
        if b:
            n += 1
            s += i
    return n, s

print(f([k % 3 == 0 for k in range(5000)]))
print(f([True] * 10 + [False] * 3000))
