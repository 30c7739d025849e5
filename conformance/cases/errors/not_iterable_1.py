# uncaught TypeError: iterating over an int
def digits(n):
    return [int(d) for d in str(n)]
print(digits(1234))
total = 0
for d in 1234:
    total += d
print(total)
