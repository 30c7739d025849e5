big = 10 ** 300
print(float(big))
print(big * 10 > 1e308)
print(big / 10 ** 299)
print(float(2 ** 1023))
print(float(big * 10 ** 10))
