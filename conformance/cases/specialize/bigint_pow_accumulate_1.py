# ** and sum accumulations mixing ints that exceed 64 bits and come back
total = 0
for i in range(100):
    total += 3 ** (i % 50)
    if i in (39, 40, 41, 49, 50, 99):
        print(i, total)
for i in range(100):
    total -= 3 ** (i % 50)
print(total)
print(2 ** 64 - 2 ** 64 + 5, type(2 ** 64 - 2 ** 64).__name__, (2 ** 64 + 1) % 2)
print(pow(2, 100, 10 ** 9 + 7), pow(-2, 63), (-2) ** 64, 2 ** -1)
