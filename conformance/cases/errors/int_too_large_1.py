# uncaught OverflowError: int too large to convert to float
n = 10 ** 300
print(float(n))
n *= 10 ** 10
print(len(str(n)))
print(n % 7, n // 10 ** 309)
print(float(n))
