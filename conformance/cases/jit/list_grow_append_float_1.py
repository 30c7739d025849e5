# expect: jit
# appending floats to an int list inside the hot loop from iteration 5000 on
def run(n):
    a = [1, 2]
    for i in range(n):
        if i < 5000:
            a[i % 2] += 1
        else:
            a.append(i / 4)
    return a[:2], len(a), a[-2:], sum(a)

print(run(6000))
