x = 1.0
for i in range(25):
    print(x, -x)
    x *= 10
x = 1.0
for i in range(8):
    x /= 10
    print(x)
print(1234567890123456.7, 12345678901234567.0, 0.000012345)
