print(pow(3, 4, 5))
print(pow(2, 100, 1000000007))
print(pow(-3, 3, 7))
print(pow(3, 3, -7))
print(pow(-3, 3, -7))
print(pow(5, 0, 1))
print(pow(5, 0, 7))
print(pow(0, 0, 7))
print(pow(10 ** 30, 10 ** 5, 998244353))
print(pow(3, -1, 7))
print(pow(3, -2, 7))
print(pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(-2, -1, 5))
print(pow(2, -1, -5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
