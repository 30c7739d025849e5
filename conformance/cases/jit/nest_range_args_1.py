# expect: jit
# inner ranges with one, two and three arguments (constant steps, negative and empty)
def run(n):
    a = b = c = d = e = 0
    for i in range(n):
        for x in range(i % 13):
            a += x
        for x in range(i % 7 - 3, i % 11):
            b += x * i
        for x in range(i % 5, 40, 3):
            c ^= x + i
        for x in range(i % 17, -5, -2):
            d -= x
        for x in range(10, i % 20, 4):
            e += 1
    return a, b, c, d, e, x

print(run(600))
print(run(1))
print(run(2))
