# expect: jit
# an int list becomes all floats by a[i] += 0.5 after iteration 6000
def run(n):
    a = [0] * 7
    for i in range(n):
        j = i % 7
        if i < 6000:
            a[j] += 2
        else:
            a[j] += 0.5
    return a

a = run(9000)
print(a)
print(sum(a), [type(x).__name__ for x in a][:2])
