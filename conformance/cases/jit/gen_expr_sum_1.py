# generator expressions summed in and around a hot loop
def run(n):
    a = sum(i * i for i in range(n))
    b = sum(i for i in range(n) if i % 3 == 0)
    c = sum(x * 0.5 for x in range(n))
    d = sum(2 ** 62 + i for i in range(n))
    e = 0
    for k in range(400):
        e += sum(j for j in range(k % 30))
    return a, b, c, d, e

print(run(12000))
