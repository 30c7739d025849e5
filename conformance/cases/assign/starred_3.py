# edge cases of starred targets
*a, = []
print(a)
try:
    *a, b = []
except ValueError as e:
    print("ValueError:", e)
try:
    a, *b, c, d = "ab"
except ValueError as e:
    print("ValueError:", e)
a, *b, c, d = "abcd"
print(a, b, c, d)
*a, b, c = range(2)
print(a, b, c)
a, *b = range(10**5)
print(a, len(b), b[-1])
*a, (b, c) = [1, 2, (3, 4)]
print(a, b, c)
x = [1, 2]
*x, = x * 2
print(x)
a, *a = 1, 2, 3
print(a)
*b, b = 1, 2, 3
print(b)
