# expect: jit
# empty ranges in a hot outer loop: the inner body never runs
def run(n):
    s = 0
    inner = 0
    for i in range(n):
        for j in range(i % 3, i % 3):
            inner += 1
        for j in range(5, 0):
            inner += 1
        for j in range(i % 2):
            s += 1
        s += 2
    return s, inner

print(run(12000))
print(run(0))
