# expect: jit
# sum of i**4 (written as products) becomes big mid-loop and stays big
def run(n):
    acc = 0
    c1 = 0
    c2 = 0
    c3 = 0
    for i in range(n):
        acc += i * i * i * i
        if i == 5000:
            c1 = acc
        elif i == 9000:
            c2 = acc
        elif i == 11000:
            c3 = acc
    return acc, c1, c2, c3

a, c1, c2, c3 = run(12000)
print(a)
print(c1, c1 > 2 ** 63)
print(c2, c2 > 2 ** 63)
print(c3, c3 > 2 ** 63)
print(a - c3)
