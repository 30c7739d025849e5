# for i, x in enumerate(a) while writing b[i] from x
def run(a):
    b = [0] * len(a)
    s = 0
    for i, x in enumerate(a):
        b[i] = x * i % 1000
        s += b[i] - x
    return s, b[-4:]

print(run(list(range(6000))))
print(run([3] * 6500))
