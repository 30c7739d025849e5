# arithmetic operators on ints and floats, including negatives
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2)]:
    print(a, b, a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2.0), (0.0, 3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(1 / 3, 2 / 3, 10 / 4, 9 / 3, -1 / 3)
print(10 ** 20 / 10 ** 10, 2 ** 53 + 1, float(2 ** 53 + 1))
print(3 * 1.1, 0.1 * 3, 1 - 0.9, 1e16 + 1)
print(7 // 0.5, 7 % 0.5, -7 % 0.5, 6.0 % -4)
print((10 ** 30) // 7, (10 ** 30) % 7, -(10 ** 30) // 7, -(10 ** 30) % 7)
print(True + 1, True * 3.5, False - 1, True / 2)
print(5 % 1, 5.5 % 1, -5.5 % 1, abs(-5), abs(-5.5))
