# appends stop at iteration 6000, then the index runs past the end
def run(n):
    a = []
    for i in range(n):
        if i < 6000:
            a.append(i * 3)
        a[i] -= 1
    return a

a = run(6000)
print(len(a), a[:3], a[-2:])
run(6001)
